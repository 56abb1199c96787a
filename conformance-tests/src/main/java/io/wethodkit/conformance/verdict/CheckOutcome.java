package io.wethodkit.conformance.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a check ended, as a value: it passed, it failed with findings, it could not judge (and why),
 * or it was skipped. {@link #match} takes one function per case, so that a reader of outcomes
 * handles every one of them.
 */
public sealed interface CheckOutcome
    permits CheckOutcome.Pass, CheckOutcome.Fail, CheckOutcome.Inconclusive, CheckOutcome.Skipped {

  /** The one function of {@code cases} that fits this outcome, applied to it. */
  <R> R match(
      Function<Pass, R> pass,
      Function<Fail, R> fail,
      Function<Inconclusive, R> inconclusive,
      Function<Skipped, R> skipped);

  /** What a report shows: the findings of a failure, or a note saying why it ended so. */
  List<Evidence> evidence();

  /** One line for consoles and test runners. */
  String summary();

  /** The target does what the requirement says. */
  record Pass() implements CheckOutcome {

    @Override
    public <R> R match(
        Function<Pass, R> pass,
        Function<Fail, R> fail,
        Function<Inconclusive, R> inconclusive,
        Function<Skipped, R> skipped) {
      return pass.apply(this);
    }

    @Override
    public List<Evidence> evidence() {
      return List.of();
    }

    @Override
    public String summary() {
      return "passed";
    }
  }

  /**
   * The target does not do what the requirement says.
   *
   * @param findings what shows it, in the order found (at most as many as a report shows)
   * @param notShown how many more failures were found but are not listed
   */
  record Fail(List<Finding> findings, int notShown) implements CheckOutcome {

    public Fail {
      findings = List.copyOf(findings);
      if (findings.isEmpty()) {
        throw new IllegalArgumentException("a failure has at least one finding");
      }
    }

    @Override
    public <R> R match(
        Function<Pass, R> pass,
        Function<Fail, R> fail,
        Function<Inconclusive, R> inconclusive,
        Function<Skipped, R> skipped) {
      return fail.apply(this);
    }

    @Override
    public List<Evidence> evidence() {
      List<Evidence> shown = new ArrayList<>();
      findings.forEach(finding -> shown.add(finding.evidence()));
      if (notShown > 0) {
        shown.add(Evidence.note(notShown + " more failures not shown"));
      }
      return shown;
    }

    @Override
    public String summary() {
      String first = findings.get(0).evidence().summary();
      int more = evidence().size() - 1;
      return more == 0 ? first : first + " (and " + more + " more)";
    }
  }

  /**
   * The check could not judge the target.
   *
   * @param cause why, in kind
   * @param reasons why, in words; empty when nothing in the target's answers exercised the check
   */
  record Inconclusive(Cause cause, List<String> reasons) implements CheckOutcome {

    /** What kept a check from judging. */
    public enum Cause {
      /** The target's data or the config could not exercise the behaviour. */
      NOT_EXERCISED,
      /** A requirement the check rests on failed: judging would blame the wrong behaviour. */
      BLOCKED,
      /** The check stopped on a defect of the suite itself, not on anything the target did. */
      SUITE_ERROR,
      /** The check did not run (the run's time limit passed, or the checks could not start). */
      NOT_RUN
    }

    static final String NOTHING_EXERCISED =
        "nothing in the target's answers could exercise this check";

    public Inconclusive {
      Objects.requireNonNull(cause, "cause");
      reasons = List.copyOf(reasons);
    }

    /** The data or the config could not exercise the behaviour, for these reasons. */
    public static Inconclusive notExercised(List<String> reasons) {
      return new Inconclusive(Cause.NOT_EXERCISED, reasons);
    }

    /** The check rests on {@code requirement}, which failed. */
    public static Inconclusive blocked(String requirement, String why) {
      return new Inconclusive(
          Cause.BLOCKED,
          List.of("blocked by " + requirement + (why.isEmpty() ? "" : " (" + why + ")")));
    }

    /** The check stopped on {@code error}, a defect of the suite. */
    public static Inconclusive suiteError(Throwable error) {
      String message = error.getMessage();
      return new Inconclusive(
          Cause.SUITE_ERROR,
          List.of(
              "suite error, not the target's fault: "
                  + error.getClass().getSimpleName()
                  + (message == null ? "" : ": " + message)));
    }

    public static Inconclusive notRun(String why) {
      return new Inconclusive(Cause.NOT_RUN, List.of(why));
    }

    /** The reasons in one line. */
    public String reason() {
      return reasons.isEmpty() ? NOTHING_EXERCISED : String.join("; ", reasons);
    }

    @Override
    public <R> R match(
        Function<Pass, R> pass,
        Function<Fail, R> fail,
        Function<Inconclusive, R> inconclusive,
        Function<Skipped, R> skipped) {
      return inconclusive.apply(this);
    }

    @Override
    public List<Evidence> evidence() {
      return List.of(Evidence.note(reason()));
    }

    @Override
    public String summary() {
      return reason();
    }
  }

  /**
   * The check was left out of the run.
   *
   * @param reason why, e.g. {@code not selected by --only}
   */
  record Skipped(String reason) implements CheckOutcome {

    public static final Skipped NOT_SELECTED = new Skipped("not selected by --only");

    @Override
    public <R> R match(
        Function<Pass, R> pass,
        Function<Fail, R> fail,
        Function<Inconclusive, R> inconclusive,
        Function<Skipped, R> skipped) {
      return skipped.apply(this);
    }

    @Override
    public List<Evidence> evidence() {
      return List.of(Evidence.note(reason));
    }

    @Override
    public String summary() {
      return reason;
    }
  }
}
