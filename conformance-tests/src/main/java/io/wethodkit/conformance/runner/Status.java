package io.wethodkit.conformance.runner;

/** The verdict of one check. */
public enum Status {
  /** The target does what the requirement says. */
  PASS,
  /** It does not; the evidence shows where. */
  FAIL,
  /** The target's data or the configuration could not exercise the check. */
  INCONCLUSIVE,
  /** Not run (left out by {@code --only}). */
  SKIPPED
}
