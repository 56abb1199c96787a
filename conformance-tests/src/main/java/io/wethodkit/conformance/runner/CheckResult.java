package io.wethodkit.conformance.runner;

import io.wethodkit.conformance.catalogue.Level;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.checks.Evidence;
import java.util.List;

/** The verdict of one requirement's check, with its evidence (for FAIL) or reason (otherwise). */
public record CheckResult(
    Requirement requirement, Status status, List<Evidence> evidence, long millis) {

  public CheckResult {
    evidence = List.copyOf(evidence);
  }

  public boolean failedMust() {
    return status == Status.FAIL && requirement.level() == Level.MUST;
  }
}
