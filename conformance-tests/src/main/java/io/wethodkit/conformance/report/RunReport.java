package io.wethodkit.conformance.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.wethodkit.conformance.runner.CheckResult;
import io.wethodkit.conformance.runner.RunOutcome;
import io.wethodkit.conformance.runner.Status;
import io.wethodkit.conformance.verdict.DataHeld;
import io.wethodkit.conformance.verdict.Evidence;
import java.util.List;

/**
 * The content of {@code report.json}: what was run against what, every verdict with its evidence
 * and what the target's data held of what its check needed, and how the run went (the seed of its
 * sampled requests, how many requests it sent, how long it took).
 */
@JsonPropertyOrder({
  "target",
  "contractSha256",
  "suiteVersion",
  "mode",
  "startedAt",
  "seed",
  "requests",
  "durationMillis",
  "results",
  "summary"
})
public record RunReport(
    String target,
    String contractSha256,
    String suiteVersion,
    String mode,
    String startedAt,
    long seed,
    int requests,
    long durationMillis,
    List<Result> results,
    Summary summary) {

  /**
   * One check's verdict; {@code data} lists what the target's data held of what the check needed,
   * and {@code dataLacking} is true when the check is INCONCLUSIVE for want of some of it.
   */
  @JsonPropertyOrder({
    "id",
    "level",
    "status",
    "title",
    "evidence",
    "suiteError",
    "data",
    "dataLacking"
  })
  public record Result(
      String id,
      String level,
      String status,
      String title,
      List<Evidence> evidence,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean suiteError,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Data> data,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean dataLacking) {}

  /** One kind of data a check needed: how many the target held, and how many it needs. */
  @JsonPropertyOrder({"what", "held", "needed"})
  public record Data(String what, long held, long needed) {
    static Data of(DataHeld held) {
      return new Data(held.what(), held.held(), held.needed());
    }
  }

  /**
   * How many checks ended in each status, and how many of the INCONCLUSIVE ones the target's data
   * could not exercise ({@code dataLacking}).
   */
  @JsonPropertyOrder({"pass", "fail", "inconclusive", "skipped", "dataLacking"})
  public record Summary(long pass, long fail, long inconclusive, long skipped, long dataLacking) {}

  public static RunReport of(RunInfo info, RunOutcome outcome) {
    List<Result> results = outcome.results().stream().map(RunReport::result).toList();
    return new RunReport(
        info.target(),
        info.contractSha256(),
        info.suiteVersion(),
        info.mode(),
        outcome.startedAt().toString(),
        info.seed(),
        info.requests(),
        info.durationMillis(),
        results,
        new Summary(
            outcome.count(Status.PASS),
            outcome.count(Status.FAIL),
            outcome.count(Status.INCONCLUSIVE),
            outcome.count(Status.SKIPPED),
            outcome.dataLacking().size()));
  }

  private static Result result(CheckResult result) {
    return new Result(
        result.requirement().id(),
        result.requirement().level().name(),
        result.status().name(),
        result.requirement().title(),
        result.evidence(),
        result.suiteError(),
        result.data().stream().map(Data::of).toList(),
        result.dataLacking());
  }
}
