package io.wethodkit.mock.client;

/**
 * The mock clock, which stamps {@code updated_at} and {@code deleted_at} on changes.
 *
 * @param mode {@code fixed} or {@code real}
 * @param now its current time, in the fixtures' form
 */
public record MockClockState(String mode, String now) {

  public boolean fixed() {
    return "fixed".equals(mode);
  }
}
