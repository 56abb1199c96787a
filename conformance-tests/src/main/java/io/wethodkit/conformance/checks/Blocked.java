package io.wethodkit.conformance.checks;

/**
 * A check cannot be judged because a requirement it rests on failed: the verdict is INCONCLUSIVE,
 * naming that requirement, never a FAIL that would blame the wrong behaviour.
 */
final class Blocked extends RuntimeException {

  Blocked(String requirementId, String why) {
    super(
        "blocked by " + requirementId + (why.isEmpty() ? "" : " (" + why + ")"),
        null,
        false,
        false);
  }
}
