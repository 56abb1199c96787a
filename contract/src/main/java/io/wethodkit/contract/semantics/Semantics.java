package io.wethodkit.contract.semantics;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.DeletionScope;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.Visibility;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the contract's list operation means, read once from its document: how a query string reads
 * ({@link QueryReader}), what each filter keeps ({@link ComparisonRules}), which projects a
 * deletion scope and a permission scope keep, and the page a query names. The mock serves by it and
 * the conformance suite judges by it; a change to one rule here changes both.
 */
public final class Semantics {

  private final Contract contract;
  private final ComparisonRules comparisons;
  private final QueryReader queries;

  private Semantics(Contract contract, ComparisonRules comparisons, QueryReader queries) {
    this.contract = contract;
    this.comparisons = comparisons;
    this.queries = queries;
  }

  /** The semantics of {@code contract}, with the standard comparison rules. */
  public static Semantics of(Contract contract) {
    return new Semantics(contract, ComparisonRules.standard(), new QueryReader(contract));
  }

  /** The same semantics with other comparison rules. */
  public Semantics withComparisons(ComparisonRules replaced) {
    return new Semantics(contract, replaced, queries);
  }

  /** The same semantics with {@code comparison} for {@code operator} on every value type. */
  public Semantics withComparison(FilterOperator operator, Comparison comparison) {
    return withComparisons(comparisons.with(operator, comparison));
  }

  public Contract contract() {
    return contract;
  }

  public ComparisonRules comparisons() {
    return comparisons;
  }

  public QueryReader queries() {
    return queries;
  }

  /** The projects (as JSON) that {@code criterion} keeps. */
  public Predicate<JsonNode> keeps(FilterCriterion criterion) {
    return comparisons.predicate(criterion);
  }

  /** Whether {@code project} has a value that {@code filter} can compare. */
  public boolean hasValue(FilterDefinition filter, JsonNode project) {
    return FieldValues.has(filter.type(), filter.field(), project);
  }

  /** Whether {@code project} is soft-deleted: its deletion field holds a value. */
  public boolean isDeleted(JsonNode project) {
    JsonNode marker = project.get(contract.deletionFilter().field());
    return marker != null && !marker.isNull();
  }

  /** Whether {@code scope} keeps a project that is {@code deleted} or not. */
  public boolean keeps(DeletionScope scope, boolean deleted) {
    return switch (scope) {
      case ACTIVE -> !deleted;
      case DELETED -> deleted;
      case ALL -> true;
    };
  }

  /** Whether {@code scope} keeps {@code project}. */
  public boolean keeps(DeletionScope scope, JsonNode project) {
    return keeps(scope, isDeleted(project));
  }

  /** Whether one of the contract's owner fields of {@code project} holds {@code personId}. */
  public boolean owns(JsonNode project, long personId) {
    BigDecimal person = BigDecimal.valueOf(personId);
    for (String field : contract.access().ownerFields()) {
      Optional<BigDecimal> value = FieldValues.number(project.get(field));
      if (value.isPresent() && value.get().compareTo(person) == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether permissions that let their holder see {@code visibilities} show a project that is the
   * holder's own or not (Interpretation 7).
   */
  public boolean shows(Set<Visibility> visibilities, boolean own) {
    return visibilities.contains(own ? Visibility.OWN : Visibility.OTHERS);
  }
}
