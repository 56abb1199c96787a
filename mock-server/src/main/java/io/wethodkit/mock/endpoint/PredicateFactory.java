package io.wethodkit.mock.endpoint;

import io.wethodkit.contract.DeletionScope;
import io.wethodkit.contract.semantics.FilterCriterion;
import io.wethodkit.mock.store.Project;
import java.util.function.Predicate;

/** Turns a valid query's filters and deletion scope into predicates over projects. */
public interface PredicateFactory {

  /** The projects that {@code criterion} keeps. */
  Predicate<Project> criterion(FilterCriterion criterion);

  /** The projects that {@code scope} keeps. */
  Predicate<Project> deletion(DeletionScope scope);

  /**
   * A factory that answers {@code criterion} with {@code replacement} and the rest like this one.
   */
  default PredicateFactory withCriterion(
      java.util.function.Function<FilterCriterion, Predicate<Project>> replacement) {
    PredicateFactory base = this;
    return new PredicateFactory() {
      @Override
      public Predicate<Project> criterion(FilterCriterion criterion) {
        return replacement.apply(criterion);
      }

      @Override
      public Predicate<Project> deletion(DeletionScope scope) {
        return base.deletion(scope);
      }
    };
  }

  /**
   * A factory that answers {@code deletion} with {@code replacement} and the rest like this one.
   */
  default PredicateFactory withDeletion(
      java.util.function.Function<DeletionScope, Predicate<Project>> replacement) {
    PredicateFactory base = this;
    return new PredicateFactory() {
      @Override
      public Predicate<Project> criterion(FilterCriterion criterion) {
        return base.criterion(criterion);
      }

      @Override
      public Predicate<Project> deletion(DeletionScope scope) {
        return replacement.apply(scope);
      }
    };
  }
}
