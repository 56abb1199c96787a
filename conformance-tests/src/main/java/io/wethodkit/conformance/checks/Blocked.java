package io.wethodkit.conformance.checks;

import io.wethodkit.conformance.verdict.CheckOutcome;

/**
 * Stops a check that cannot be judged because a requirement it rests on failed: its outcome is
 * INCONCLUSIVE, naming that requirement, never a FAIL that would blame the wrong behaviour. It
 * never leaves {@link Check#of}.
 */
final class Blocked extends RuntimeException {

  private final String requirement;
  private final String why;

  Blocked(String requirement, String why) {
    super("blocked by " + requirement, null, false, false);
    this.requirement = requirement;
    this.why = why;
  }

  /** The requirement that failed. */
  String requirement() {
    return requirement;
  }

  /** Why it failed, in one line. */
  String why() {
    return why;
  }

  CheckOutcome.Inconclusive outcome() {
    return CheckOutcome.Inconclusive.blocked(requirement, why);
  }
}
