package io.wethodkit.conformance.api;

import io.wethodkit.conformance.catalogue.Level;
import io.wethodkit.conformance.checks.Evidence;
import io.wethodkit.conformance.runner.CheckResult;
import io.wethodkit.conformance.runner.Status;
import java.util.List;

/**
 * The verdict on one requirement.
 *
 * @param id e.g. {@code PRJ-FILTER-PROBABILITY-GT}
 * @param level MUST or SHOULD
 * @param status PASS, FAIL, INCONCLUSIVE or SKIPPED
 * @param title what the requirement says
 * @param evidence for a FAIL the requests and answers that show it, otherwise why it ended so
 */
public record Verdict(String id, Level level, Status status, String title, List<String> evidence) {

  public Verdict {
    evidence = List.copyOf(evidence);
  }

  static Verdict of(CheckResult result) {
    return new Verdict(
        result.requirement().id(),
        result.requirement().level(),
        result.status(),
        result.requirement().title(),
        result.evidence().stream().map(Evidence::summary).toList());
  }

  public boolean failedMust() {
    return status == Status.FAIL && level == Level.MUST;
  }
}
