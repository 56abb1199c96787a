package io.wethodkit.conformance.runner;

import io.wethodkit.conformance.catalogue.Level;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.checks.Evidence;
import java.util.List;

/**
 * The verdict of one requirement's check, with its evidence (for FAIL) or reason (otherwise).
 * {@code suiteError} marks a check that stopped on a defect of the suite itself rather than on
 * anything the target did: INCONCLUSIVE, and reported as the suite's fault.
 */
public record CheckResult(
    Requirement requirement,
    Status status,
    List<Evidence> evidence,
    long millis,
    boolean suiteError) {

  public CheckResult {
    evidence = List.copyOf(evidence);
  }

  public CheckResult(Requirement requirement, Status status, List<Evidence> evidence, long millis) {
    this(requirement, status, evidence, millis, false);
  }

  public boolean failedMust() {
    return status == Status.FAIL && requirement.level() == Level.MUST;
  }
}
