package io.wethodkit.contract.semantics;

import io.wethodkit.contract.DeletionScope;
import java.util.List;
import java.util.Set;

/**
 * A valid query: the filters (combined with AND), the deletion scope, the page, and which of the
 * contract's parameters the request named (the others took their defaults). {@code offset}
 * saturates at {@link Long#MAX_VALUE}: any offset that large pages past the end anyway.
 */
public record ListQuery(
    List<FilterCriterion> criteria,
    DeletionScope deletion,
    long limit,
    long offset,
    Set<String> given) {

  public ListQuery {
    criteria = List.copyOf(criteria);
    given = Set.copyOf(given);
  }

  /** A query that names none of its parameters. */
  public ListQuery(
      List<FilterCriterion> criteria, DeletionScope deletion, long limit, long offset) {
    this(criteria, deletion, limit, offset, Set.of());
  }

  /** The window of the selection this query's page holds. */
  public PageWindow window() {
    return new PageWindow(offset, limit);
  }

  /** Whether the request named the parameter {@code name}. */
  public boolean gave(String name) {
    return given.contains(name);
  }

  public ListQuery withCriteria(List<FilterCriterion> replaced) {
    return new ListQuery(replaced, deletion, limit, offset, given);
  }

  public ListQuery withDeletion(DeletionScope replaced) {
    return new ListQuery(criteria, replaced, limit, offset, given);
  }

  public ListQuery withLimit(long replaced) {
    return new ListQuery(criteria, deletion, replaced, offset, given);
  }

  public ListQuery withOffset(long replaced) {
    return new ListQuery(criteria, deletion, limit, replaced, given);
  }
}
