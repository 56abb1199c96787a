package io.wethodkit.conformance.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.wethodkit.conformance.runner.CheckResult;
import io.wethodkit.conformance.runner.RunOutcome;
import io.wethodkit.conformance.runner.Status;
import io.wethodkit.conformance.verdict.Evidence;
import java.util.List;

/**
 * The content of {@code report.json}: what was run against what, and every verdict with its
 * evidence.
 */
@JsonPropertyOrder({
  "target",
  "contractSha256",
  "suiteVersion",
  "mode",
  "startedAt",
  "results",
  "summary"
})
public record RunReport(
    String target,
    String contractSha256,
    String suiteVersion,
    String mode,
    String startedAt,
    List<Result> results,
    Summary summary) {

  /** One check's verdict. */
  @JsonPropertyOrder({"id", "level", "status", "title", "evidence", "suiteError"})
  public record Result(
      String id,
      String level,
      String status,
      String title,
      List<Evidence> evidence,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean suiteError) {}

  /** How many checks ended in each status. */
  @JsonPropertyOrder({"pass", "fail", "inconclusive", "skipped"})
  public record Summary(long pass, long fail, long inconclusive, long skipped) {}

  public static RunReport of(RunInfo info, RunOutcome outcome) {
    List<Result> results = outcome.results().stream().map(RunReport::result).toList();
    return new RunReport(
        info.target(),
        info.contractSha256(),
        info.suiteVersion(),
        info.mode(),
        outcome.startedAt().toString(),
        results,
        new Summary(
            outcome.count(Status.PASS),
            outcome.count(Status.FAIL),
            outcome.count(Status.INCONCLUSIVE),
            outcome.count(Status.SKIPPED)));
  }

  private static Result result(CheckResult result) {
    return new Result(
        result.requirement().id(),
        result.requirement().level().name(),
        result.status().name(),
        result.requirement().title(),
        result.evidence(),
        result.suiteError());
  }
}
