package io.wethodkit.mock.filter;

import io.wethodkit.contract.DeletionScope;
import io.wethodkit.contract.FilterValueType;
import io.wethodkit.contract.semantics.FieldValues;
import io.wethodkit.contract.semantics.FilterCriterion;
import io.wethodkit.contract.semantics.Interval;
import io.wethodkit.contract.semantics.Semantics;
import io.wethodkit.mock.endpoint.PredicateFactory;
import io.wethodkit.mock.store.Project;
import java.util.List;
import java.util.function.Predicate;

/**
 * The predicates of the contract's semantics: each filter keeps the field values of the interval
 * that the contract's comparison rules give it, tested on the columns where they hold the value and
 * on the project's JSON elsewhere; each deletion scope keeps the projects the semantics say.
 */
public final class ContractPredicates implements PredicateFactory {

  private final Semantics semantics;
  private final String deletionField;

  public ContractPredicates(Semantics semantics) {
    this.semantics = semantics;
    this.deletionField = semantics.contract().deletionFilter().field();
  }

  @Override
  public Predicate<Project> criterion(FilterCriterion criterion) {
    String field = criterion.definition().field();
    FilterValueType type = criterion.definition().type();
    Interval interval = semantics.comparisons().interval(criterion);
    Predicate<Project> exact =
        project -> interval.contains(FieldValues.read(type, project.field(field)));
    return ColumnRange.of(field, type, interval, exact, List.of(field, type, interval));
  }

  @Override
  public Predicate<Project> deletion(DeletionScope scope) {
    boolean active = semantics.keeps(scope, false);
    boolean deleted = semantics.keeps(scope, true);
    if (active && deleted) {
      return AllRows.ALL;
    }
    if (active || deleted) {
      return new NullCondition(deletionField, active);
    }
    return AllRows.NONE;
  }
}
