package io.wethodkit.conformance.variants;

import io.wethodkit.contract.semantics.ListQuery;
import io.wethodkit.mock.endpoint.EndpointParts;
import io.wethodkit.mock.endpoint.Paginator;
import io.wethodkit.mock.endpoint.Selector;
import io.wethodkit.mock.store.Project;
import io.wethodkit.mock.store.ProjectTable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Variants of the standard selection: served in another order, or paged another way. */
final class Selections {

  private Selections() {}

  /** The standard selection, rearranged by {@code reorder} before it is paged. */
  static EndpointParts reordered(EndpointParts parts, Consumer<List<Project>> reorder) {
    Selector standard = parts.selector();
    return parts.toBuilder()
        .selector(
            (projects, keep) -> {
              List<Project> selected = new ArrayList<>(standard.select(projects, keep));
              reorder.accept(selected);
              return selected;
            })
        .build();
  }

  /** How a variant finds a page, given the standard selector's way. */
  @FunctionalInterface
  interface PageStep {
    List<Project> page(
        Selector standard,
        ProjectTable projects,
        List<Predicate<Project>> conditions,
        Paginator paginator,
        ListQuery query);
  }

  /** The standard selector, its pages found by {@code step}. */
  static Selector paged(Selector standard, PageStep step) {
    return new Selector() {
      @Override
      public List<Project> select(List<Project> projects, Predicate<Project> keep) {
        return standard.select(projects, keep);
      }

      @Override
      public List<Project> page(
          ProjectTable projects,
          List<Predicate<Project>> conditions,
          Paginator paginator,
          ListQuery query) {
        return step.page(standard, projects, conditions, paginator, query);
      }
    };
  }
}
