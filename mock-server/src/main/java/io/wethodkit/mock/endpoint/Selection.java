package io.wethodkit.mock.endpoint;

import io.wethodkit.contract.semantics.FilterCriterion;
import io.wethodkit.contract.semantics.ListQuery;
import io.wethodkit.mock.store.Project;
import io.wethodkit.mock.store.ProjectTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the endpoint's selection step found for a valid request: the page it serves, and the
 * conditions (visibility, deletion scope, each filter) it was chosen by, over the snapshot's table.
 * Why each project of the company is or is not on the page is worked out only when {@link
 * #reasons()} is asked, from these same condition objects and this same table, so that serving pays
 * nothing for it.
 */
public final class Selection {

  private final EndpointParts parts;
  private final Grant grant;
  private final ListQuery query;
  private final ProjectTable table;
  private final Predicate<Project> visibility;
  private final Predicate<Project> deletion;
  private final List<Predicate<Project>> filters;
  private final List<Project> page;

  private Selection(
      EndpointParts parts,
      Grant grant,
      ListQuery query,
      ProjectTable table,
      Predicate<Project> visibility,
      Predicate<Project> deletion,
      List<Predicate<Project>> filters,
      List<Project> page) {
    this.parts = parts;
    this.grant = grant;
    this.query = query;
    this.table = table;
    this.visibility = visibility;
    this.deletion = deletion;
    this.filters = filters;
    this.page = page;
  }

  /**
   * Selects the page of {@code query} among the {@code table}'s projects that {@code grant} sees.
   */
  static Selection select(EndpointParts parts, Grant grant, ListQuery query, ProjectTable table) {
    Predicate<Project> visibility = parts.visibility().visibleTo(grant);
    Predicate<Project> deletion = parts.predicates().deletion(query.deletion());
    List<Predicate<Project>> filters = new ArrayList<>(query.criteria().size());
    for (FilterCriterion criterion : query.criteria()) {
      filters.add(parts.predicates().criterion(criterion));
    }
    List<Predicate<Project>> conditions = new ArrayList<>(filters.size() + 2);
    conditions.add(visibility);
    conditions.add(deletion);
    conditions.addAll(filters);
    List<Project> page = parts.selector().page(table, conditions, parts.paginator(), query);
    return new Selection(parts, grant, query, table, visibility, deletion, filters, page);
  }

  public Grant grant() {
    return grant;
  }

  public ListQuery query() {
    return query;
  }

  /** The projects served, in order. */
  public List<Project> page() {
    return page;
  }

  /**
   * Why each project of the company is or is not on the page: each condition's verdict, its place
   * in the whole selection (as the selector orders it) and on the page served.
   */
  public Reasons reasons() {
    List<Project> projects = table.asList();
    Predicate<Project> keep = visibility.and(deletion);
    for (Predicate<Project> filter : filters) {
      keep = keep.and(filter);
    }
    List<Project> selected = parts.selector().select(projects, keep);
    Map<Long, Integer> selectedAt = positions(selected);
    Map<Long, Integer> listedAt = positions(page);
    List<ProjectReasons> reasons = new ArrayList<>(projects.size());
    for (Project project : projects) {
      List<Boolean> passes = new ArrayList<>(filters.size());
      for (Predicate<Project> filter : filters) {
        passes.add(filter.test(project));
      }
      reasons.add(
          new ProjectReasons(
              project,
              visibility.test(project),
              deletion.test(project),
              passes,
              selectedAt.getOrDefault(project.id(), -1),
              listedAt.getOrDefault(project.id(), -1)));
    }
    return new Reasons(reasons, selected.size());
  }

  private static Map<Long, Integer> positions(List<Project> projects) {
    Map<Long, Integer> at = new HashMap<>();
    for (int i = 0; i < projects.size(); i++) {
      at.putIfAbsent(projects.get(i).id(), i);
    }
    return at;
  }

  /**
   * The reasons of every project of the company, in id order.
   *
   * @param projects each project with its verdicts
   * @param selected how many projects the whole selection holds
   */
  public record Reasons(List<ProjectReasons> projects, int selected) {
    public Reasons {
      projects = List.copyOf(projects);
    }
  }

  /**
   * Why one project is or is not on the page.
   *
   * @param project the project
   * @param visible whether the grant's visibility shows it
   * @param keptByDeletion whether the deletion scope keeps it
   * @param filters each filter's verdict, in the order of the query's criteria
   * @param selectedAt its place in the whole selection from 0, or -1 when not selected
   * @param listedAt its place on the page from 0, or -1 when not on it
   */
  public record ProjectReasons(
      Project project,
      boolean visible,
      boolean keptByDeletion,
      List<Boolean> filters,
      int selectedAt,
      int listedAt) {

    public ProjectReasons {
      filters = List.copyOf(filters);
    }

    public boolean listed() {
      return listedAt >= 0;
    }
  }
}
