package io.wethodkit.conformance.junit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wethodkit.conformance.verdict.CheckOutcome;
import io.wethodkit.conformance.verdict.Evidence;
import io.wethodkit.conformance.verdict.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A verdict ends its JUnit test as a test runner shows it: passed, failed or skipped. */
class TestEndingTest {

  @Test
  void aPassReturns() {
    assertThatCode(() -> TestEnding.of(new CheckOutcome.Pass())).doesNotThrowAnyException();
  }

  @Test
  void aFailFailsTheTestWithItsFirstFinding() {
    CheckOutcome fail =
        new CheckOutcome.Fail(
            List.of(
                new Finding("PRJ-OFFSET", Evidence.expected("the window at offset 1")),
                new Finding("PRJ-OFFSET", Evidence.expected("the window at offset 2"))),
            0);

    assertThatThrownBy(() -> TestEnding.of(fail))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage("expected the window at offset 1 (and 1 more)");
  }

  @Test
  void anInconclusiveOrSkippedAbortsTheTestWithItsReason() {
    assertThatThrownBy(
            () -> TestEnding.of(CheckOutcome.Inconclusive.blocked("PRJ-PAGING-CONCAT", "why")))
        .isInstanceOf(TestAbortedException.class)
        .hasMessage("blocked by PRJ-PAGING-CONCAT (why)");
    assertThatThrownBy(() -> TestEnding.of(CheckOutcome.Skipped.NOT_SELECTED))
        .isInstanceOf(TestAbortedException.class)
        .hasMessage("not selected by --only");
  }
}
