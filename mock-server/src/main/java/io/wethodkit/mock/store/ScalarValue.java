package io.wethodkit.mock.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.contract.QuickTimestamps;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A project field's value reduced to what filters compare: its kind and, for integers, dates and
 * date-times, one {@code long} (the number, the epoch day, the epoch nanosecond).
 *
 * @param kind one of the {@code *} constants
 * @param value the number, epoch day or epoch nanosecond; 0 for the other kinds
 */
public record ScalarValue(byte kind, long value) {

  /** Absent or JSON null. */
  public static final byte NULL = 0;

  /** An integral number that fits a long. */
  public static final byte INTEGER = 1;

  /** A text {@code YYYY-MM-DD} that is a date. */
  public static final byte DATE = 2;

  /** A text that is a date-time with an offset, within a long of epoch nanoseconds. */
  public static final byte INSTANT = 3;

  /** Any other non-null value: a filter decides on the JSON itself. */
  public static final byte OTHER = 4;

  private static final int DATE_LENGTH = "YYYY-MM-DD".length();

  /** Epoch seconds whose nanoseconds fit a long with room to spare. */
  private static final long MAX_SECONDS = 9_000_000_000L;

  private static final ScalarValue NULL_VALUE = new ScalarValue(NULL, 0);
  private static final ScalarValue OTHER_VALUE = new ScalarValue(OTHER, 0);

  public static ScalarValue of(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return NULL_VALUE;
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return new ScalarValue(INTEGER, node.longValue());
    }
    if (node.isTextual()) {
      return ofText(node.textValue());
    }
    return OTHER_VALUE;
  }

  /** The value of a text field: a date, a date-time or other. */
  public static ScalarValue ofText(String text) {
    ScalarValue quick = quick(text);
    if (quick != null) {
      return quick;
    }
    try {
      if (text.length() == DATE_LENGTH) {
        return new ScalarValue(DATE, LocalDate.parse(text).toEpochDay());
      }
      if (text.length() > DATE_LENGTH && text.charAt(DATE_LENGTH) == 'T') {
        Instant instant = OffsetDateTime.parse(text).toInstant();
        if (Math.abs(instant.getEpochSecond()) <= MAX_SECONDS) {
          return new ScalarValue(INSTANT, nanos(instant));
        }
      }
    } catch (DateTimeException notADate) {
      // A text field that is not a date: filters on it never match.
    }
    return OTHER_VALUE;
  }

  /**
   * The value of a text field in one of the strict shapes {@link QuickTimestamps} reads; null for
   * any other text.
   */
  public static ScalarValue quick(String text) {
    long day = QuickTimestamps.epochDay(text);
    if (day != QuickTimestamps.NONE) {
      return new ScalarValue(DATE, day);
    }
    long nanos = QuickTimestamps.epochNanos(text);
    return nanos == QuickTimestamps.NONE ? null : new ScalarValue(INSTANT, nanos);
  }

  /** Epoch nanoseconds of {@code instant}, saturated at the ends of a long. */
  public static long nanos(Instant instant) {
    if (instant.getEpochSecond() > MAX_SECONDS) {
      return Long.MAX_VALUE;
    }
    if (instant.getEpochSecond() < -MAX_SECONDS) {
      return Long.MIN_VALUE;
    }
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }
}
