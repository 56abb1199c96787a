package io.wethodkit.mock.filter;

import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.FilterValueType;
import io.wethodkit.mock.endpoint.FilterCriterion;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the value of an {@code x-filter} parameter: operator prefix, then a value of the type. */
public final class FilterValues {

  /** Decimal, optional minus, no plus sign, no leading zeros. */
  static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");

  static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  static final Pattern DATE_TIME =
      Pattern.compile(
          "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})");

  /** A date-time whose {@code +} offset was sent raw and so arrived as a space. */
  static final Pattern DATE_TIME_SPACE =
      Pattern.compile(
          "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})? [0-9]{2}:[0-9]{2}");

  private FilterValues() {}

  /** The criterion of {@code text}, or the failure message. */
  public static Result read(FilterDefinition definition, String text) {
    for (FilterOperator operator : definition.operators()) {
      if (!operator.prefix().isEmpty() && text.startsWith(operator.prefix())) {
        return typed(definition, operator, text.substring(operator.prefix().length()));
      }
    }
    Optional<FilterOperator> bare =
        definition.operators().stream().filter(op -> op.prefix().isEmpty()).findFirst();
    if (bare.isPresent()) {
      return typed(definition, bare.get(), text);
    }
    return Result.failure(mustBe(definition));
  }

  private static Result typed(FilterDefinition definition, FilterOperator operator, String value) {
    Object typed =
        switch (definition.type()) {
          case INTEGER -> integer(definition, value);
          case DATE -> date(value);
          case DATE_TIME -> dateTime(value);
        };
    if (typed != null) {
      return Result.success(new FilterCriterion(definition, operator, typed));
    }
    if (definition.type() == FilterValueType.DATE_TIME
        && DATE_TIME_SPACE.matcher(value).matches()) {
      return Result.failure(
          "has a space where the offset's + belongs: a raw + in a query reads as a space,"
              + " so send + as %2B; "
              + mustBe(definition));
    }
    return Result.failure(mustBe(definition));
  }

  static String mustBe(FilterDefinition definition) {
    return "must be " + definition.grammar();
  }

  private static BigInteger integer(FilterDefinition definition, String value) {
    if (!INTEGER.matcher(value).matches()) {
      return null;
    }
    BigInteger number = new BigInteger(value);
    if (definition.minimum().isPresent()
        && number.compareTo(BigInteger.valueOf(definition.minimum().getAsLong())) < 0) {
      return null;
    }
    if (definition.maximum().isPresent()
        && number.compareTo(BigInteger.valueOf(definition.maximum().getAsLong())) > 0) {
      return null;
    }
    return number;
  }

  private static LocalDate date(String value) {
    if (!DATE.matcher(value).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static OffsetDateTime dateTime(String value) {
    if (!DATE_TIME.matcher(value).matches()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A criterion or a failure message. */
  public record Result(FilterCriterion criterion, String failure) {
    static Result success(FilterCriterion criterion) {
      return new Result(criterion, null);
    }

    static Result failure(String message) {
      return new Result(null, message);
    }

    public boolean ok() {
      return criterion != null;
    }
  }
}
