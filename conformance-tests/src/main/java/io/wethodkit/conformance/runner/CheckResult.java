package io.wethodkit.conformance.runner;

import io.wethodkit.conformance.catalogue.Level;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.verdict.CheckOutcome;
import io.wethodkit.conformance.verdict.DataHeld;
import io.wethodkit.conformance.verdict.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on one requirement: the outcome of its check, how long the check took, and what the
 * target's data held of what the check needed.
 *
 * @param requirement what was checked
 * @param outcome how the check ended, with its findings or its reason
 * @param millis how long it took
 * @param data each kind of data the check needed, with how much of it the target held
 */
public record CheckResult(
    Requirement requirement, CheckOutcome outcome, long millis, List<DataHeld> data) {

  public CheckResult {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(outcome, "outcome");
    data = List.copyOf(data);
  }

  /** A verdict that needed nothing of the data (or did not say). */
  public CheckResult(Requirement requirement, CheckOutcome outcome, long millis) {
    this(requirement, outcome, millis, List.of());
  }

  /**
   * Whether the check could not judge because the target's data held too little of what it needed:
   * what the data could not show.
   */
  public boolean dataLacking() {
    return status() == Status.INCONCLUSIVE && data.stream().anyMatch(DataHeld::lacking);
  }

  /** What the data lacked, each as {@code what: held, needs at least n}. */
  public List<DataHeld> lacking() {
    return data.stream().filter(DataHeld::lacking).toList();
  }

  public Status status() {
    return outcome.match(
        pass -> Status.PASS,
        fail -> Status.FAIL,
        inconclusive -> Status.INCONCLUSIVE,
        skipped -> Status.SKIPPED);
  }

  /** For a FAIL the requests and answers that show it, otherwise a note saying why it ended so. */
  public List<Evidence> evidence() {
    return outcome.evidence();
  }

  /**
   * Whether the check stopped on a defect of the suite itself rather than on anything the target
   * did: such a check is INCONCLUSIVE, and reported as the suite's fault.
   */
  public boolean suiteError() {
    return outcome.match(
        pass -> false,
        fail -> false,
        inconclusive -> inconclusive.cause() == CheckOutcome.Inconclusive.Cause.SUITE_ERROR,
        skipped -> false);
  }

  public boolean failedMust() {
    return status() == Status.FAIL && requirement.level() == Level.MUST;
  }
}
