package io.wethodkit.contract;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text forms of the contract's "Extensions of this document" ({@code integer}, {@code date},
 * {@code date-time}): the one reading of query values and of the stored fields that filters
 * compare.
 */
public final class TextForms {

  private static final Pattern INTEGER = Pattern.compile("0|-?[1-9][0-9]*");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final String CLOCK =
      "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?";
  private static final Pattern DATE_TIME = Pattern.compile(CLOCK + "(Z|[+-][0-9]{2}:[0-9]{2})");

  // A '+' sent raw in a query reads as a space: worth its own message.
  private static final Pattern DATE_TIME_PLUS_AS_SPACE =
      Pattern.compile(CLOCK + " [0-9]{2}:[0-9]{2}");

  private TextForms() {}

  /** The value of an {@code integer} text, empty when the text is not one. */
  public static Optional<BigInteger> integer(String text) {
    return INTEGER.matcher(text).matches() ? Optional.of(new BigInteger(text)) : Optional.empty();
  }

  /** The value of a {@code date} text, empty when the text is not one. */
  public static Optional<LocalDate> date(String text) {
    if (!DATE.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The value of a {@code date-time} text, empty when the text is not one. */
  public static Optional<OffsetDateTime> dateTime(String text) {
    if (!DATE_TIME.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code text} is a date-time whose {@code +} offset arrived as a space. */
  public static boolean isDateTimeWithSpaceForPlus(String text) {
    return DATE_TIME_PLUS_AS_SPACE.matcher(text).matches();
  }

  /** Whether {@code text} is a value of {@code type}'s text form. */
  public static boolean matches(FilterValueType type, String text) {
    return switch (type) {
      case INTEGER -> integer(text).isPresent();
      case DATE -> date(text).isPresent();
      case DATE_TIME -> dateTime(text).isPresent();
    };
  }
}
