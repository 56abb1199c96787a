package io.wethodkit.mock.endpoint;

import io.wethodkit.contract.semantics.ListQuery;
import io.wethodkit.mock.store.Project;
import io.wethodkit.mock.store.ProjectTable;
import java.util.List;
import java.util.function.Predicate;

/** The projects of a company that a request keeps, in the order they are served. */
@FunctionalInterface
public interface Selector {
  /**
   * @param projects the company's projects in ascending id order
   * @param keep visibility, deletion scope and filters, combined
   */
  List<Project> select(List<Project> projects, Predicate<Project> keep);

  /**
   * The page of the selection that {@code paginator} takes. By default the whole selection is
   * built, then paged; a selector that can find the page directly overrides this.
   *
   * @param projects the company's projects
   * @param conditions visibility, deletion scope and filters, all of which a project must meet
   */
  default List<Project> page(
      ProjectTable projects,
      List<Predicate<Project>> conditions,
      Paginator paginator,
      ListQuery query) {
    Predicate<Project> keep = project -> true;
    for (Predicate<Project> condition : conditions) {
      keep = keep.and(condition);
    }
    return paginator.page(select(projects.asList(), keep), query);
  }
}
