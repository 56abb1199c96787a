package io.wethodkit.contract.semantics;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.contract.FilterValueType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Project fields read as the values filters compare: numbers, calendar dates and instants. A field
 * that is null, absent or not of the type has no value, and no filter on it matches. Whether the
 * field has the JSON type the schema states is the schema's concern, not the filter's: a number
 * sent as a string still compares as a number.
 */
public final class FieldValues {

  private FieldValues() {}

  /** The value of {@code field} in {@code type}'s domain, or null when it has none. */
  public static Comparable<?> read(FilterValueType type, JsonNode field) {
    return switch (type) {
      case INTEGER -> number(field).orElse(null);
      case DATE -> date(field).orElse(null);
      case DATE_TIME -> instant(field).orElse(null);
    };
  }

  /** An operand of {@code type} (as read from a query) as a value of the field's domain. */
  public static Comparable<?> point(FilterValueType type, Object operand) {
    return switch (type) {
      case INTEGER -> new BigDecimal((BigInteger) operand);
      case DATE -> (LocalDate) operand;
      case DATE_TIME -> ((OffsetDateTime) operand).toInstant();
    };
  }

  /** A field read as a number: a JSON number, or a text of one. */
  public static Optional<BigDecimal> number(JsonNode field) {
    if (field == null || field.isNull()) {
      return Optional.empty();
    }
    if (field.isNumber()) {
      return Optional.of(field.decimalValue());
    }
    if (field.isTextual()) {
      try {
        return Optional.of(new BigDecimal(field.textValue().trim()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A field read as an ISO calendar date. */
  public static Optional<LocalDate> date(JsonNode field) {
    if (field == null || !field.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(field.textValue()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A field read as an ISO date-time with an offset, as the instant it names. */
  public static Optional<Instant> instant(JsonNode field) {
    if (field == null || !field.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(field.textValue()).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code project} has a value of {@code type} in {@code field}. */
  public static boolean has(FilterValueType type, String field, JsonNode project) {
    return read(type, project.get(field)) != null;
  }
}
