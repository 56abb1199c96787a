package io.wethodkit.contract;

/**
 * Reads the strict shapes of dates ({@code 2024-06-30}) and date-times ({@code
 * 2024-06-30T21:58:00.000Z}, {@code ...+02:00}, years 1685 to 2255) without {@code java.time}'s
 * general parser, which would dominate the time to load a large dataset. Each text it reads is a
 * date or date-time of the contract's text forms ({@link TextForms}) and of JSON Schema's {@code
 * date} and {@code date-time} formats; anything else ({@link #NONE}) is left to those readers.
 */
public final class QuickTimestamps {

  /** Not a text this class reads. */
  public static final long NONE = Long.MIN_VALUE;

  private static final int DATE_LENGTH = 10;
  private static final int TIME_END = 19;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  /** Days from 0000-01-01 to 1970-01-01. */
  private static final long DAYS_0000_TO_1970 = 719_528;

  private QuickTimestamps() {}

  /** The epoch day of the date {@code text} ({@code YYYY-MM-DD}), or {@link #NONE}. */
  public static long epochDay(String text) {
    return text.length() == DATE_LENGTH ? dayOf(text) : NONE;
  }

  /**
   * The epoch nanosecond of the date-time {@code text} ({@code YYYY-MM-DDTHH:MM:SS}, an optional
   * fraction of one to nine digits, then {@code Z} or {@code +HH:MM}/{@code -HH:MM} up to 18
   * hours), or {@link #NONE}.
   */
  public static long epochNanos(String text) {
    return text.length() > TIME_END && text.charAt(DATE_LENGTH) == 'T' ? dateTime(text) : NONE;
  }

  /** The epoch day of the date {@code YYYY-MM-DD} that starts {@code text}, or NONE. */
  private static long dayOf(String text) {
    if (text.charAt(4) != '-' || text.charAt(7) != '-') {
      return NONE;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      return NONE;
    }
    // Days before the year (from year 0, proleptic Gregorian), before the month, then the day.
    long days = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
    days += (367 * month - 362) / 12 + day - 1;
    if (month > 2) {
      days -= isLeap(year) ? 1 : 2;
    }
    return days - DAYS_0000_TO_1970;
  }

  private static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static long dateTime(String text) {
    long day = dayOf(text);
    if (day == NONE || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return NONE;
    }
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return NONE;
    }
    int at = TIME_END;
    long nanos = 0;
    if (text.charAt(at) == '.') {
      int start = ++at;
      while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
        at++;
      }
      int count = at - start;
      if (count < 1 || count > 9) {
        return NONE;
      }
      nanos = digits(text, start, count);
      for (int i = count; i < 9; i++) {
        nanos *= 10;
      }
    }
    int offset = offsetSeconds(text, at);
    if (offset == Integer.MIN_VALUE) {
      return NONE;
    }
    long seconds = day * 86_400 + hour * 3600L + minute * 60L + second - offset;
    if (Math.abs(seconds) > 9_000_000_000L) {
      return NONE;
    }
    return seconds * NANOS_PER_SECOND + nanos;
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
    // -00:00 (RFC 3339: the local offset is unknown) is not a date-time to every reader.
    if (seconds > 18 * 3600 || (seconds == 0 && sign == '-')) {
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
