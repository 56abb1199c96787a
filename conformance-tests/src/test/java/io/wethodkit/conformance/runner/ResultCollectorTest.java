package io.wethodkit.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.checks.CheckFailedError;
import io.wethodkit.conformance.checks.Evidence;
import io.wethodkit.conformance.support.Suite;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;

/** How a check's ending becomes a verdict: the target's faults are FAILs, the suite's are not. */
class ResultCollectorTest {

  private final Requirement requirement =
      Suite.CATALOGUE.find("PRJ-VALIDATION-LIMIT").orElseThrow();

  @Test
  void anExceptionOfTheSuiteIsASuiteErrorNeverAFail() {
    CheckResult result =
        ResultCollector.toResult(
            requirement, TestExecutionResult.failed(new NullPointerException("field")), 3);

    assertThat(result.status()).isEqualTo(Status.INCONCLUSIVE);
    assertThat(result.suiteError()).isTrue();
    assertThat(result.evidence().get(0).note())
        .startsWith("suite error")
        .contains("NullPointerException");
    assertThat(new RunOutcome(java.time.Instant.EPOCH, List.of(result)).suiteErrors())
        .containsExactly(result);
  }

  @Test
  void aFailureOfTheTargetIsAFailWithItsEvidence() {
    Evidence evidence = Evidence.expected("a 400");
    CheckResult result =
        ResultCollector.toResult(
            requirement, TestExecutionResult.failed(new CheckFailedError(List.of(evidence))), 3);

    assertThat(result.status()).isEqualTo(Status.FAIL);
    assertThat(result.suiteError()).isFalse();
    assertThat(result.evidence()).containsExactly(evidence);
  }
}
