package io.wethodkit.contract;

import java.util.OptionalLong;

/**
 * A pagination query parameter ({@code x-pagination}) with its integer bounds and default.
 *
 * @param parameter the query parameter's name
 * @param minimum the least value allowed
 * @param maximum the greatest value allowed, if bounded
 * @param defaultValue the value that applies when the parameter is absent
 */
public record PageParameter(
    String parameter, long minimum, OptionalLong maximum, long defaultValue) {

  /** A one-line statement of the allowed values, for 400 messages and reports. */
  public String grammar() {
    return maximum.isPresent()
        ? "an integer from " + minimum + " to " + maximum.getAsLong()
        : "an integer of at least " + minimum;
  }
}
