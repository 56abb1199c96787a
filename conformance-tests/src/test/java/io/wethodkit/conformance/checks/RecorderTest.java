package io.wethodkit.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.conformance.verdict.CheckOutcome;
import io.wethodkit.conformance.verdict.Evidence;
import io.wethodkit.conformance.verdict.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a check records becomes its outcome; an earlier outcome carries on into a later check. */
class RecorderTest {

  @Test
  void nothingExercisedIsInconclusiveAndAFailureIsAFailNamingTheRequirement() {
    assertThat(new Recorder().conclude("PRJ-OFFSET"))
        .isEqualTo(CheckOutcome.Inconclusive.notExercised(List.of()));

    Recorder failing = new Recorder();
    failing.cannotExercise("no project is visible");
    failing.fail("a page of 3");

    CheckOutcome outcome = failing.conclude("PRJ-OFFSET");
    assertThat(outcome)
        .isEqualTo(
            new CheckOutcome.Fail(
                List.of(new Finding("PRJ-OFFSET", Evidence.expected("a page of 3"))), 0));
  }

  @Test
  void anOutcomeCarriesOnAsTheRecordThatConcludedIt() {
    Recorder nothing = new Recorder();
    nothing.absorb(CheckOutcome.Inconclusive.notExercised(List.of()));
    nothing.exercised();
    assertThat(nothing.conclude("PRJ-X")).isEqualTo(new CheckOutcome.Pass());

    Recorder reasons = new Recorder();
    reasons.absorb(CheckOutcome.Inconclusive.notExercised(List.of("no foreignCompany")));
    reasons.exercised();
    assertThat(reasons.conclude("PRJ-X"))
        .isEqualTo(CheckOutcome.Inconclusive.notExercised(List.of("no foreignCompany")));

    Recorder many = new Recorder();
    for (int i = 0; i < Recorder.MAX_EVIDENCE + 3; i++) {
      many.fail("failure " + i);
    }
    Recorder later = new Recorder();
    later.absorb(many.conclude("PRJ-X"));
    later.fail("one more");
    CheckOutcome.Fail fail = (CheckOutcome.Fail) later.conclude("PRJ-X");
    assertThat(fail.findings()).hasSize(Recorder.MAX_EVIDENCE);
    assertThat(fail.notShown()).isEqualTo(4);
  }
}
