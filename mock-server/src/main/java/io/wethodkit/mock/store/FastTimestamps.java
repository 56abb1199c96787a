package io.wethodkit.mock.store;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the usual shapes of dates ({@code 2024-06-30}) and date-times ({@code
 * 2024-06-30T21:58:00.000Z}, {@code ...+02:00}) without the general parser, which dominates the
 * load time of a large dataset. Anything else is left to {@code java.time} (null here).
 */
final class FastTimestamps {

  private static final int DATE_LENGTH = 10;
  private static final int TIME_END = 19;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private FastTimestamps() {}

  static ScalarValue read(String text) {
    try {
      if (text.length() == DATE_LENGTH) {
        LocalDate date = date(text);
        return date == null ? null : new ScalarValue(ScalarValue.DATE, date.toEpochDay());
      }
      if (text.length() > TIME_END && text.charAt(DATE_LENGTH) == 'T') {
        return dateTime(text);
      }
    } catch (DateTimeException invalid) {
      return null;
    }
    return null;
  }

  private static LocalDate date(String text) {
    if (text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    return year < 0 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day);
  }

  private static ScalarValue dateTime(String text) {
    LocalDate date = date(text.substring(0, DATE_LENGTH));
    if (date == null || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return null;
    }
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int at = TIME_END;
    long nanos = 0;
    if (text.charAt(at) == '.') {
      int start = ++at;
      while (at < text.length() && Character.isDigit(text.charAt(at))) {
        at++;
      }
      int count = at - start;
      if (count < 1 || count > 9) {
        return null;
      }
      nanos = digits(text, start, count);
      for (int i = count; i < 9; i++) {
        nanos *= 10;
      }
    }
    int offset = offsetSeconds(text, at);
    if (offset == Integer.MIN_VALUE) {
      return null;
    }
    long seconds = date.toEpochDay() * 86_400 + hour * 3600L + minute * 60L + second - offset;
    if (Math.abs(seconds) > 9_000_000_000L) {
      return null;
    }
    return new ScalarValue(ScalarValue.INSTANT, seconds * NANOS_PER_SECOND + nanos);
  }

  /** The offset at {@code at} to the end ({@code Z} or {@code +HH:MM}), or MIN_VALUE. */
  private static int offsetSeconds(String text, int at) {
    int rest = text.length() - at;
    if (rest == 1 && text.charAt(at) == 'Z') {
      return 0;
    }
    if (rest != 6 || text.charAt(at + 3) != ':') {
      return Integer.MIN_VALUE;
    }
    char sign = text.charAt(at);
    int hours = digits(text, at + 1, 2);
    int minutes = digits(text, at + 4, 2);
    if ((sign != '+' && sign != '-') || hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
      return Integer.MIN_VALUE;
    }
    int seconds = hours * 3600 + minutes * 60;
    if (seconds > 18 * 3600) {
      return Integer.MIN_VALUE;
    }
    return sign == '+' ? seconds : -seconds;
  }

  /** The decimal number of {@code count} ASCII digits at {@code from}, or -1. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
