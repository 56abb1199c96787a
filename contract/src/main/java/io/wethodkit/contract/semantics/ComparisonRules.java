package io.wethodkit.contract.semantics;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.FilterValueType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which {@link Comparison} each operator of each value type applies: the one place where what a
 * filter keeps is decided. The mock's column index turns the intervals into ranges of its columns,
 * and the conformance suite judges answers with the same intervals.
 */
public final class ComparisonRules {

  private static final ComparisonRules STANDARD = standardRules();

  private final Map<FilterValueType, Map<FilterOperator, Comparison>> table;

  private ComparisonRules(Map<FilterValueType, Map<FilterOperator, Comparison>> table) {
    this.table = table;
  }

  /**
   * The contract's rules: a bare value is equality, {@code gt:} and {@code lt:} are strict, and a
   * bare date-time keeps the instants on its calendar date in its own offset.
   */
  public static ComparisonRules standard() {
    return STANDARD;
  }

  private static ComparisonRules standardRules() {
    Map<FilterValueType, Map<FilterOperator, Comparison>> table =
        new EnumMap<>(FilterValueType.class);
    for (FilterValueType type : FilterValueType.values()) {
      Map<FilterOperator, Comparison> byOperator = new EnumMap<>(FilterOperator.class);
      byOperator.put(
          FilterOperator.EQ,
          type == FilterValueType.DATE_TIME ? Comparison.ON_ITS_DATE : Comparison.EQUAL);
      byOperator.put(FilterOperator.GT, Comparison.GREATER);
      byOperator.put(FilterOperator.LT, Comparison.LESS);
      table.put(type, Collections.unmodifiableMap(byOperator));
    }
    return new ComparisonRules(Collections.unmodifiableMap(table));
  }

  /** These rules with {@code comparison} for {@code operator} on values of {@code type}. */
  public ComparisonRules with(
      FilterValueType type, FilterOperator operator, Comparison comparison) {
    Map<FilterValueType, Map<FilterOperator, Comparison>> next = new EnumMap<>(table);
    Map<FilterOperator, Comparison> byOperator = new EnumMap<>(table.get(type));
    byOperator.put(operator, comparison);
    next.put(type, Collections.unmodifiableMap(byOperator));
    return new ComparisonRules(Collections.unmodifiableMap(next));
  }

  /** These rules with {@code comparison} for {@code operator} on values of every type. */
  public ComparisonRules with(FilterOperator operator, Comparison comparison) {
    ComparisonRules rules = this;
    for (FilterValueType type : FilterValueType.values()) {
      rules = rules.with(type, operator, comparison);
    }
    return rules;
  }

  /** The comparison of {@code operator} on values of {@code type}. */
  public Comparison comparison(FilterValueType type, FilterOperator operator) {
    return table.get(type).get(operator);
  }

  /** The field values that {@code criterion} keeps. */
  public Interval interval(FilterCriterion criterion) {
    FilterValueType type = criterion.definition().type();
    return comparison(type, criterion.operator())
        .keeps(criterion.value(), FieldValues.point(type, criterion.value()));
  }

  /** Whether {@code criterion} keeps {@code project} (a Project as JSON). */
  public boolean keeps(FilterCriterion criterion, JsonNode project) {
    return predicate(criterion).test(project);
  }

  /** The projects (as JSON) that {@code criterion} keeps; its interval is worked out once. */
  public Predicate<JsonNode> predicate(FilterCriterion criterion) {
    Interval interval = interval(criterion);
    FilterValueType type = criterion.definition().type();
    String field = criterion.definition().field();
    return project -> interval.contains(FieldValues.read(type, project.get(field)));
  }
}
