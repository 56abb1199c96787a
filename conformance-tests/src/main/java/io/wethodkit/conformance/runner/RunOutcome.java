package io.wethodkit.conformance.runner;

import java.time.Instant;
import java.util.List;

/** Every check's verdict, in catalogue order, and when the run started. */
public record RunOutcome(Instant startedAt, List<CheckResult> results) {

  public RunOutcome {
    results = List.copyOf(results);
  }

  public long count(Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  /** The checks that stopped on a defect of the suite rather than of the target. */
  public List<CheckResult> suiteErrors() {
    return results.stream().filter(CheckResult::suiteError).toList();
  }

  /** The checks that the target's data could not exercise: they lacked data they needed. */
  public List<CheckResult> dataLacking() {
    return results.stream().filter(CheckResult::dataLacking).toList();
  }

  /** Whether a MUST check failed: the implementation does not conform. */
  public boolean mustFailed() {
    return results.stream().anyMatch(CheckResult::failedMust);
  }
}
