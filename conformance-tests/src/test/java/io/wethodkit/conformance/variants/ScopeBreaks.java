package io.wethodkit.conformance.variants;

import io.wethodkit.contract.DeletionScope;
import io.wethodkit.contract.semantics.ListQuery;
import io.wethodkit.mock.endpoint.EndpointParts;
import io.wethodkit.mock.endpoint.Selector;
import io.wethodkit.mock.store.Company;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.FixtureLoader;
import io.wethodkit.mock.store.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Implementations whose scoping is right on the default list but forgotten on another door: a
 * separate code path for soft-deleted projects, or for one filter, that leaves out the permission
 * scope or the company. The classic data leak that a check of the default list alone certifies.
 */
final class ScopeBreaks {

  private ScopeBreaks() {}

  /** The visibility condition, marked so that a broken selector can find it among the others. */
  private record Scope(Predicate<Project> visible) implements Predicate<Project> {
    @Override
    public boolean test(Project project) {
      return visible.test(project);
    }
  }

  /** The permission scope is left out of the queries that {@code forgets} matches. */
  static EndpointParts scopeSkippedWhen(EndpointParts parts, Predicate<ListQuery> forgets) {
    Selector leaky =
        Selections.paged(
            parts.selector(),
            (standard, projects, conditions, paginator, query) ->
                standard.page(
                    projects,
                    forgets.test(query)
                        ? conditions.stream().filter(c -> !(c instanceof Scope)).toList()
                        : conditions,
                    paginator,
                    query));
    return parts.toBuilder()
        .visibility(grant -> new Scope(parts.visibility().visibleTo(grant)))
        .selector(leaky)
        .build();
  }

  /** {@code deleted=only} lists every soft-deleted project of the company, whoever asks. */
  static EndpointParts scopeSkippedForDeletedOnly(EndpointParts parts) {
    return scopeSkippedWhen(parts, query -> query.deletion() == DeletionScope.DELETED);
  }

  /** A query with a {@code probability} filter lists every project it keeps, whoever asks. */
  static EndpointParts scopeSkippedWithProbability(EndpointParts parts) {
    return scopeSkippedWhen(
        parts,
        query ->
            query.criteria().stream()
                .anyMatch(criterion -> criterion.definition().parameter().equals("probability")));
  }

  /**
   * The soft-deleted projects are read without the company: a list that includes them holds the
   * soft-deleted projects of the other companies of the bundled fixtures too (scoped by the user's
   * person id like the others, so that only isolation tells).
   */
  static EndpointParts foreignDeletedProjectsLeak(EndpointParts parts) {
    String marker = parts.contract().deletionFilter().field();
    Dataset bundled = new FixtureLoader(parts.contract()).loadBundled();
    List<Project> deleted = new ArrayList<>();
    for (Company company : bundled.companies()) {
      bundled.projects(company.slug()).stream()
          .filter(p -> !p.isNull(marker))
          .forEach(deleted::add);
    }
    Selector leaky =
        Selections.paged(
            parts.selector(),
            (standard, projects, conditions, paginator, query) -> {
              if (query.deletion() == DeletionScope.ACTIVE) {
                return standard.page(projects, conditions, paginator, query);
              }
              List<Project> elsewhere =
                  deleted.stream().filter(p -> projects.find(p.id()).isEmpty()).toList();
              return standard.page(projects.withAll(elsewhere), conditions, paginator, query);
            });
    return parts.toBuilder().selector(leaky).build();
  }
}
