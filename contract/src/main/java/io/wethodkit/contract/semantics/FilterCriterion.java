package io.wethodkit.contract.semantics;

import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.FilterValueType;
import io.wethodkit.contract.TextForms;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One valid filter of a request: the contract's filter, the operator used and the operand, typed by
 * the filter's type ({@link BigInteger}, {@link LocalDate} or {@link OffsetDateTime}).
 */
public record FilterCriterion(FilterDefinition definition, FilterOperator operator, Object value) {

  /**
   * Reads a value of the {@code x-filter} parameter {@code definition}: an operator prefix the
   * filter lists, or the bare form when it lists one, then an operand of the filter's text form
   * within its bounds.
   */
  public static Reading<FilterCriterion> read(FilterDefinition definition, String text) {
    if (text.isEmpty()) {
      return Reading.failure("must not be empty; " + mustBe(definition), FieldFailure.Kind.EMPTY);
    }
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
    return Reading.failure(mustBe(definition));
  }

  private static Reading<FilterCriterion> typed(
      FilterDefinition definition, FilterOperator operator, String operand) {
    if (definition.accepts(operand)) {
      Object typed =
          switch (definition.type()) {
            case INTEGER -> TextForms.integer(operand).orElseThrow();
            case DATE -> TextForms.date(operand).orElseThrow();
            case DATE_TIME -> TextForms.dateTime(operand).orElseThrow();
          };
      return Reading.of(new FilterCriterion(definition, operator, typed));
    }
    if (definition.type() == FilterValueType.DATE_TIME
        && TextForms.isDateTimeWithSpaceForPlus(operand)) {
      return Reading.failure(
          "has a space where the offset's + belongs: a raw + in a query reads as a space,"
              + " so send + as %2B; "
              + mustBe(definition),
          FieldFailure.Kind.PLUS_AS_SPACE);
    }
    return Reading.failure(mustBe(definition));
  }

  private static String mustBe(FilterDefinition definition) {
    return "must be " + definition.grammar();
  }

  public BigInteger integer() {
    return (BigInteger) value;
  }

  public LocalDate date() {
    return (LocalDate) value;
  }

  public OffsetDateTime dateTime() {
    return (OffsetDateTime) value;
  }
}
