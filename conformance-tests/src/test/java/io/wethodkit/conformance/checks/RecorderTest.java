package io.wethodkit.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.conformance.verdict.CheckOutcome;
import io.wethodkit.conformance.verdict.DataHeld;
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

  @Test
  void dataTooThinForACheckIsInconclusiveWithWhatItHeldNeverAPass() {
    Recorder thin = new Recorder();
    thin.exercised();
    thin.needs("soft-deleted projects visible to `view`", 0);
    thin.needs("projects visible to `both`", 172, 101);

    assertThat(thin.conclude("PRJ-PERM-VIEW"))
        .isEqualTo(
            CheckOutcome.Inconclusive.notExercised(
                List.of("soft-deleted projects visible to `view`: 0, needs at least 1")));
    assertThat(thin.data())
        .containsExactly(
            new DataHeld("soft-deleted projects visible to `view`", 0, 1),
            new DataHeld("projects visible to `both`", 172, 101));

    Recorder enough = new Recorder();
    enough.exercised();
    enough.needs("soft-deleted projects visible to `view`", 2);
    assertThat(enough.conclude("PRJ-PERM-VIEW")).isEqualTo(new CheckOutcome.Pass());

    Recorder failing = new Recorder();
    failing.needs("soft-deleted projects visible to `view`", 0);
    failing.fail("a page of 3");
    assertThat(failing.conclude("PRJ-PERM-VIEW")).isInstanceOf(CheckOutcome.Fail.class);
  }

  @Test
  void aPartRestingOnAFailedRequirementIsBlockedNotFailed() {
    Recorder nothingElse = new Recorder();
    nothingElse.blockedBy("PRJ-PERM-VIEW", "`view` breaks its scope through deleted=only");

    assertThat(nothingElse.conclude("PRJ-CONSISTENCY-DELETED"))
        .isEqualTo(
            new CheckOutcome.Inconclusive(
                CheckOutcome.Inconclusive.Cause.BLOCKED,
                List.of(
                    "blocked by PRJ-PERM-VIEW (`view` breaks its scope through deleted=only)")));

    Recorder partly = new Recorder();
    partly.exercised();
    partly.blockedBy("PRJ-PERM-VIEW", "");
    CheckOutcome.Inconclusive outcome =
        (CheckOutcome.Inconclusive) partly.conclude("PRJ-CONSISTENCY-DELETED");
    assertThat(outcome.cause()).isEqualTo(CheckOutcome.Inconclusive.Cause.NOT_EXERCISED);
    assertThat(outcome.reasons()).containsExactly("blocked by PRJ-PERM-VIEW");

    Recorder failing = new Recorder();
    failing.blockedBy("PRJ-PERM-VIEW", "");
    failing.fail("a page of 3");
    assertThat(failing.conclude("PRJ-X")).isInstanceOf(CheckOutcome.Fail.class);
  }
}
