package io.wethodkit.conformance.api;

import io.wethodkit.conformance.catalogue.Level;
import io.wethodkit.conformance.runner.CheckResult;
import io.wethodkit.conformance.runner.Status;
import io.wethodkit.conformance.verdict.CheckOutcome;
import io.wethodkit.conformance.verdict.DataHeld;
import io.wethodkit.conformance.verdict.Evidence;
import io.wethodkit.conformance.verdict.Finding;
import java.util.List;

/**
 * The verdict on one requirement.
 *
 * @param id e.g. {@code PRJ-FILTER-PROBABILITY-GT}
 * @param level MUST or SHOULD
 * @param status PASS, FAIL, INCONCLUSIVE or SKIPPED
 * @param title what the requirement says
 * @param evidence each piece of evidence in one line: for a FAIL the requests and answers that show
 *     it, otherwise why it ended so
 * @param outcome how the check ended, as a value: for a FAIL its findings (the request, the answer
 *     and what was expected), for an INCONCLUSIVE its cause and reasons
 * @param data what the target's data held of what the check needed (for example {@code soft-deleted
 *     projects visible to `view`: 0, needs at least 1})
 */
public record Verdict(
    String id,
    Level level,
    Status status,
    String title,
    List<String> evidence,
    CheckOutcome outcome,
    List<DataHeld> data) {

  public Verdict {
    evidence = List.copyOf(evidence);
    data = List.copyOf(data);
  }

  static Verdict of(CheckResult result) {
    return new Verdict(
        result.requirement().id(),
        result.requirement().level(),
        result.status(),
        result.requirement().title(),
        result.evidence().stream().map(Evidence::summary).toList(),
        result.outcome(),
        result.data());
  }

  /**
   * Whether the check is INCONCLUSIVE because the target's data held too little of what it needs.
   */
  public boolean dataLacking() {
    return status == Status.INCONCLUSIVE && data.stream().anyMatch(DataHeld::lacking);
  }

  /** What a FAIL found, each finding naming the requirement it breaks; empty otherwise. */
  public List<Finding> findings() {
    return outcome.match(
        pass -> List.of(), CheckOutcome.Fail::findings, i -> List.of(), s -> List.of());
  }

  /** The evidence as structured values (request, headers, status, body, expected, note). */
  public List<Evidence> details() {
    return outcome.evidence();
  }

  public boolean failedMust() {
    return status == Status.FAIL && level == Level.MUST;
  }
}
