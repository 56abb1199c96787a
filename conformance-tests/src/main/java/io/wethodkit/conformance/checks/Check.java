package io.wethodkit.conformance.checks;

import io.wethodkit.conformance.catalogue.Requirement;

/** Verifies one requirement against the target, recording what it finds. */
@FunctionalInterface
public interface Check {
  void run(RunContext context, Requirement requirement, Recorder recorder);
}
