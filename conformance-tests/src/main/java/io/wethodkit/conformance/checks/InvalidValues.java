package io.wethodkit.conformance.checks;

import io.wethodkit.conformance.catalogue.GrammarParameter;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Invalid values of each parameter, derived from the contract. {@link #outside} holds values the
 * reference page itself rules out: not a number, a filter value above the stated maximum ("Possible
 * values: <= 100"), not a calendar date, not one of the listed values. {@link #ungrammatical} holds
 * values that only the contract rules out: below a minimum (the page states none), empty, leading
 * zeros, a sign (and {@code -0}), another operator, a date-time without offset or with a lower-case
 * letter.
 */
public final class InvalidValues {

  private final Contract contract;

  public InvalidValues(Contract contract) {
    this.contract = contract;
  }

  /** Values outside what the reference page documents for the parameter. */
  public List<String> outside(GrammarParameter parameter) {
    Set<String> values = new LinkedHashSet<>();
    switch (parameter.kind()) {
      case FILTER -> {
        FilterDefinition filter = parameter.filter().orElseThrow();
        String prefix = filter.operators().get(0).prefix();
        switch (filter.type()) {
          case INTEGER -> {
            values.add("abc");
            values.add(prefix + "1.5");
            filter.maximum().ifPresent(max -> values.add(prefix + (max + 1)));
          }
          case DATE -> {
            values.add(prefix + "2024-13-01");
            values.add(prefix + "2024-02-30");
            values.add("yesterday");
          }
          case DATE_TIME -> {
            values.add(prefix + "2024-13-01T10:00:00Z");
            values.add(prefix + "2023-02-29T10:00:00Z");
            values.add(prefix + "2024-01-01T25:00:00Z");
            values.add("tomorrow");
          }
        }
      }
      case DELETION -> {
        for (String candidate : List.of("all", "true", "deleted", "none")) {
          if (!contract.deletionFilter().scopes().containsKey(candidate)) {
            values.add(candidate);
          }
        }
      }
      case LIMIT -> {
        values.add("abc");
        values.add("1.5");
      }
      case OFFSET -> {
        values.add("abc");
        values.add("1.5");
      }
    }
    return List.copyOf(values);
  }

  /** Values that the contract's exact grammar rules out although they resemble valid ones. */
  public List<String> ungrammatical(GrammarParameter parameter) {
    Set<String> values = new LinkedHashSet<>();
    values.add("");
    switch (parameter.kind()) {
      case FILTER -> {
        FilterDefinition filter = parameter.filter().orElseThrow();
        String valid = validOperand(filter);
        String prefix = filter.operators().get(0).prefix();
        for (FilterOperator operator : FilterOperator.values()) {
          if (!filter.operators().contains(operator)) {
            values.add(operator.format(valid));
          }
        }
        values.add("ge:" + valid);
        values.add("eq:" + valid);
        values.add(prefix + " " + valid);
        values.add(firstNonEq(filter).prefix());
        switch (filter.type()) {
          case INTEGER -> {
            values.add(prefix + "0" + valid);
            values.add(prefix + "+" + valid);
            values.add(prefix + "-0");
            filter.minimum().ifPresent(min -> values.add(prefix + (min - 1)));
          }
          case DATE -> {
            values.add(prefix + "2024-1-1");
            values.add(prefix + "20240101");
            values.add(prefix + "2024-01-01T00:00:00Z");
          }
          case DATE_TIME -> {
            values.add(prefix + "2024-01-01T20:00:00");
            values.add(prefix + "2024-01-01t20:00:00z");
            values.add(prefix + "2024-01-01T20:00:00z");
            values.add(prefix + "2024-01-01T20:00Z");
            values.add(prefix + "2024-01-01T20:00:00+0200");
            values.add(prefix + "2024-01-01");
          }
        }
      }
      case DELETION -> {
        String first = contract.deletionFilter().scopes().keySet().iterator().next();
        values.add(first.toUpperCase(Locale.ROOT));
        values.add(first + " ");
      }
      case LIMIT -> {
        String valid = String.valueOf(Math.max(contract.limit().minimum(), 5));
        values.add(String.valueOf(contract.limit().minimum() - 1));
        // "Possible values: <= 100" does not say what a larger limit gets: a page capped at the
        // maximum honours it as well as a 400 does, so only the contract refuses it.
        contract.limit().maximum().ifPresent(max -> values.add(String.valueOf(max + 1)));
        values.add("-1");
        values.add("0" + valid);
        values.add("+" + valid);
        values.add(" " + valid);
        values.add("-0");
      }
      case OFFSET -> {
        values.add(String.valueOf(contract.offset().minimum() - 1));
        values.add("01");
        values.add("+1");
        values.add(" 1");
        values.add("-0");
      }
    }
    return List.copyOf(values);
  }

  /** A valid value of the parameter, written with its first operator. */
  public String valid(GrammarParameter parameter) {
    return switch (parameter.kind()) {
      case FILTER -> {
        FilterDefinition filter = parameter.filter().orElseThrow();
        yield filter.operators().get(0).format(validOperand(filter));
      }
      case DELETION -> contract.deletionFilter().defaultValue();
      case LIMIT -> String.valueOf(contract.limit().defaultValue());
      case OFFSET -> String.valueOf(contract.offset().defaultValue());
    };
  }

  /** A valid operand of the filter's type, inside its bounds, not zero (so leading zeros show). */
  static String validOperand(FilterDefinition filter) {
    return switch (filter.type()) {
      case INTEGER -> {
        long value = 5;
        if (filter.minimum().isPresent() && value < filter.minimum().getAsLong()) {
          value = filter.minimum().getAsLong();
        }
        if (filter.maximum().isPresent() && value > filter.maximum().getAsLong()) {
          value = filter.maximum().getAsLong();
        }
        yield String.valueOf(value);
      }
      case DATE -> "2024-01-01";
      case DATE_TIME -> "2024-01-01T20:00:00Z";
    };
  }

  private static FilterOperator firstNonEq(FilterDefinition filter) {
    return filter.operators().stream()
        .filter(op -> op != FilterOperator.EQ)
        .findFirst()
        .orElse(FilterOperator.GT);
  }

  /** Every parameter with a value outside its documented values, for a 400 listing them all. */
  public List<String[]> oneInvalidEach(List<GrammarParameter> parameters) {
    List<String[]> pairs = new ArrayList<>();
    for (GrammarParameter parameter : parameters) {
      pairs.add(new String[] {parameter.name(), outside(parameter).get(0)});
    }
    return pairs;
  }
}
