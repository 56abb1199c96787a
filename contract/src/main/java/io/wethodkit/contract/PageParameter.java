package io.wethodkit.contract;

import java.math.BigInteger;
import java.util.OptionalLong;

/**
 * A pagination query parameter ({@code x-pagination}) with the integer bounds and default of its
 * schema.
 *
 * @param parameter the query parameter's name
 * @param minimum the least value allowed
 * @param maximum the greatest value allowed, if bounded
 * @param defaultValue the value that applies when the parameter is absent
 */
public record PageParameter(
    String parameter, long minimum, OptionalLong maximum, long defaultValue) {

  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** A one-line statement of the allowed values, for 400 messages and reports. */
  public String grammar() {
    return maximum.isPresent()
        ? "an integer from " + minimum + " to " + maximum.getAsLong()
        : "an integer of at least " + minimum;
  }

  /**
   * The value of {@code text}, saturated at {@link Long#MAX_VALUE} (a larger offset is as good as
   * past the end), or empty when it is not an {@code integer} text within the bounds.
   */
  public OptionalLong read(String text) {
    return within(text, minimum, maximum);
  }

  static OptionalLong within(String text, long minimum, OptionalLong maximum) {
    BigInteger value = TextForms.integer(text).orElse(null);
    if (value == null
        || value.compareTo(BigInteger.valueOf(minimum)) < 0
        || maximum.isPresent() && value.compareTo(BigInteger.valueOf(maximum.getAsLong())) > 0) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(value.min(LONG_MAX).longValueExact());
  }
}
