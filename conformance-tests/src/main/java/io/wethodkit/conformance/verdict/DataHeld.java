package io.wethodkit.conformance.verdict;

import java.util.Objects;

/**
 * One kind of data a check needed to judge, and how much of it the target's data held: for example
 * {@code soft-deleted projects visible to view: 0}. A check whose data held less than it needed
 * cannot show its behaviour, and is never a PASS.
 *
 * @param what the data, in words
 * @param held how many the target's data held
 * @param needed how many the check needs at least
 */
public record DataHeld(String what, long held, long needed) {

  public DataHeld {
    Objects.requireNonNull(what, "what");
    if (needed < 0 || held < 0) {
      throw new IllegalArgumentException("counts are never negative");
    }
  }

  /** Whether the data held too little for the check to show anything. */
  public boolean lacking() {
    return held < needed;
  }

  /** {@code soft-deleted projects visible to view: 0, needs at least 1}. */
  public String describe() {
    return what + ": " + held + (lacking() ? ", needs at least " + needed : "");
  }
}
