package io.wethodkit.conformance.checks;

import io.wethodkit.conformance.client.Exchange;
import io.wethodkit.conformance.verdict.CheckOutcome;
import io.wethodkit.conformance.verdict.DataHeld;
import io.wethodkit.conformance.verdict.Evidence;
import io.wethodkit.conformance.verdict.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects what one check finds. A check keeps going after a failure, so that a report shows every
 * problem it saw (up to {@value #MAX_EVIDENCE}). It also notes what the target's data held that the
 * check needed. Its outcome: FAIL when anything failed; otherwise INCONCLUSIVE when a part rests on
 * a requirement that failed (BLOCKED when no other part was judged), when the data held too little
 * of what it needed, or when something essential could not be exercised, or nothing was; otherwise
 * PASS.
 */
public final class Recorder {

  static final int MAX_EVIDENCE = 8;

  private final List<Evidence> failures = new ArrayList<>();
  private final Set<String> unexercised = new LinkedHashSet<>();
  private final Set<String> blockers = new LinkedHashSet<>();
  private final Map<String, DataHeld> data = new LinkedHashMap<>();
  private int failureCount;
  private boolean exercised;

  /** Records a failed expectation shown by {@code exchange}. */
  public void fail(Exchange exchange, String expected) {
    add(Evidence.of(exchange, expected));
  }

  /** Records a failed expectation that no single exchange shows. */
  public void fail(String expected) {
    add(Evidence.expected(expected));
  }

  public void fail(Evidence evidence) {
    add(evidence);
  }

  private void add(Evidence evidence) {
    failureCount++;
    if (failures.size() < MAX_EVIDENCE) {
      failures.add(evidence);
    }
  }

  /** The behaviour was exercised (whether or not it failed). */
  public void exercised() {
    exercised = true;
  }

  /** An essential part could not be exercised: without failures the outcome is INCONCLUSIVE. */
  public void cannotExercise(String reason) {
    unexercised.add(reason);
  }

  /**
   * The check needed at least {@code needed} of {@code what} in the target's data, which held
   * {@code held}: noted for the report, and when it held fewer, the check cannot PASS.
   */
  public void needs(String what, long held, long needed) {
    DataHeld fact = new DataHeld(what, held, needed);
    data.put(what, fact);
    if (fact.lacking()) {
      unexercised.add(fact.describe());
    }
  }

  /** {@link #needs(String, long, long)} with at least one needed. */
  public void needs(String what, long held) {
    needs(what, held, 1);
  }

  /**
   * A part of the check rests on {@code requirement}, which failed, and was not judged: without
   * failures of its own the outcome is INCONCLUSIVE, blocked by it.
   */
  public void blockedBy(String requirement, String why) {
    blockers.add("blocked by " + requirement + (why.isEmpty() ? "" : " (" + why + ")"));
  }

  /** What the target's data held of what the check needed, in the order the check asked. */
  public List<DataHeld> data() {
    return List.copyOf(data.values());
  }

  /** Takes over what {@code other} found, as if this check had found it. */
  void absorb(Recorder other) {
    other.failures.forEach(this::add);
    failureCount += other.failureCount - other.failures.size();
    unexercised.addAll(other.unexercised);
    blockers.addAll(other.blockers);
    data.putAll(other.data);
    exercised |= other.exercised;
  }

  /**
   * Takes over an outcome concluded earlier, as if this check had found it: its findings, its
   * reasons for not judging, and whether it exercised the behaviour.
   */
  void absorb(CheckOutcome outcome) {
    outcome.match(
        pass -> {
          exercised();
          return null;
        },
        fail -> {
          fail.findings().forEach(finding -> add(finding.evidence()));
          failureCount += fail.notShown();
          exercised();
          return null;
        },
        inconclusive -> {
          (inconclusive.cause() == CheckOutcome.Inconclusive.Cause.BLOCKED ? blockers : unexercised)
              .addAll(inconclusive.reasons());
          return null;
        },
        skipped -> null);
  }

  /** The first failure, in one line, if any. */
  String firstFailure() {
    return failures.isEmpty() ? "" : failures.get(0).summary();
  }

  public boolean hasFailures() {
    return failureCount > 0;
  }

  /**
   * Checks that {@code exchange} has {@code status}; records a failure otherwise.
   *
   * @return whether it had
   */
  public boolean expectStatus(Exchange exchange, int status, String expected) {
    exercised();
    if (exchange.status() != status) {
      fail(exchange, expected);
      return false;
    }
    return true;
  }

  /** Ends the check of {@code requirement} (an id): its outcome, each finding naming it. */
  public CheckOutcome conclude(String requirement) {
    if (failureCount > 0) {
      return new CheckOutcome.Fail(
          failures.stream().map(evidence -> new Finding(requirement, evidence)).toList(),
          failureCount - failures.size());
    }
    if (!blockers.isEmpty()) {
      // Blocked when nothing else was judged; when other parts held, only those parts are missing.
      List<String> reasons = new ArrayList<>(blockers);
      reasons.addAll(unexercised);
      return new CheckOutcome.Inconclusive(
          exercised
              ? CheckOutcome.Inconclusive.Cause.NOT_EXERCISED
              : CheckOutcome.Inconclusive.Cause.BLOCKED,
          reasons);
    }
    if (!unexercised.isEmpty() || !exercised) {
      return CheckOutcome.Inconclusive.notExercised(List.copyOf(unexercised));
    }
    return new CheckOutcome.Pass();
  }
}
