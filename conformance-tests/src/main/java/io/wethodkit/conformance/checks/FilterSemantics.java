package io.wethodkit.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The contract's predicate for an x-filter value, written from the contract's text (Extensions and
 * Interpretation 6): {@code gt:}/{@code lt:} are strict; an integer compares numerically, a date by
 * calendar, a date-time by instant; a bare date-time matches the items whose instant, seen in the
 * value's offset, falls on the value's calendar date; an item whose field is null never matches.
 */
public final class FilterSemantics {

  private FilterSemantics() {}

  /** The operand of a valid filter value, typed. */
  public sealed interface Operand permits IntegerOperand, DateOperand, DateTimeOperand {}

  public record IntegerOperand(BigDecimal value) implements Operand {}

  public record DateOperand(LocalDate value) implements Operand {}

  public record DateTimeOperand(OffsetDateTime value) implements Operand {}

  /** The predicate that {@code operator} with {@code operand} states for {@code filter}. */
  public static Predicate<JsonNode> predicate(
      FilterDefinition filter, FilterOperator operator, Operand operand) {
    return project -> matches(filter, operator, operand, project.get(filter.field()));
  }

  static boolean matches(
      FilterDefinition filter, FilterOperator operator, Operand operand, JsonNode field) {
    if (field == null || field.isNull()) {
      return false;
    }
    int comparison;
    switch (filter.type()) {
      case INTEGER -> {
        Optional<BigDecimal> value = number(field);
        if (value.isEmpty()) {
          return false;
        }
        comparison = value.get().compareTo(((IntegerOperand) operand).value());
      }
      case DATE -> {
        Optional<LocalDate> value = date(field);
        if (value.isEmpty()) {
          return false;
        }
        comparison = value.get().compareTo(((DateOperand) operand).value());
      }
      case DATE_TIME -> {
        Optional<Instant> value = instant(field);
        if (value.isEmpty()) {
          return false;
        }
        OffsetDateTime given = ((DateTimeOperand) operand).value();
        if (operator == FilterOperator.EQ) {
          return value.get().atOffset(given.getOffset()).toLocalDate().equals(given.toLocalDate());
        }
        comparison = value.get().compareTo(given.toInstant());
      }
      default -> throw new IllegalStateException("unknown type " + filter.type());
    }
    return switch (operator) {
      case EQ -> comparison == 0;
      case GT -> comparison > 0;
      case LT -> comparison < 0;
    };
  }

  /** A project field read as a number (a numeric string too: the schema checks judge the type). */
  public static Optional<BigDecimal> number(JsonNode field) {
    if (field == null || field.isNull()) {
      return Optional.empty();
    }
    if (field.isNumber()) {
      return Optional.of(field.decimalValue());
    }
    if (field.isTextual()) {
      try {
        return Optional.of(new BigDecimal(field.asText().trim()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  public static Optional<LocalDate> date(JsonNode field) {
    if (field == null || !field.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(field.asText()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public static Optional<Instant> instant(JsonNode field) {
    if (field == null || !field.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(field.asText()).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Whether the project has a value the filter's type can compare. */
  public static boolean hasValue(FilterDefinition filter, JsonNode project) {
    JsonNode field = project.get(filter.field());
    return switch (filter.type()) {
      case INTEGER -> number(field).isPresent();
      case DATE -> date(field).isPresent();
      case DATE_TIME -> instant(field).isPresent();
    };
  }
}
