package io.wethodkit.mock.filter;

import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.FilterValueType;
import io.wethodkit.contract.TextForms;
import io.wethodkit.mock.endpoint.FilterCriterion;
import java.util.Optional;

/** Reads the value of an {@code x-filter} parameter: operator prefix, then a value of the type. */
public final class FilterValues {

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
    if (definition.accepts(value)) {
      Object typed =
          switch (definition.type()) {
            case INTEGER -> TextForms.integer(value).orElseThrow();
            case DATE -> TextForms.date(value).orElseThrow();
            case DATE_TIME -> TextForms.dateTime(value).orElseThrow();
          };
      return Result.success(new FilterCriterion(definition, operator, typed));
    }
    if (definition.type() == FilterValueType.DATE_TIME
        && TextForms.isDateTimeWithSpaceForPlus(value)) {
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
