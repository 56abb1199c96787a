package io.wethodkit.mock.endpoint;

import io.wethodkit.contract.DeletionScope;
import java.util.List;

/**
 * A valid query: the filters (AND), the deletion scope and the page. {@code offset} saturates at
 * {@link Long#MAX_VALUE}: any offset that large pages past the end anyway.
 */
public record ListQuery(
    List<FilterCriterion> criteria, DeletionScope deletion, long limit, long offset) {

  public ListQuery {
    criteria = List.copyOf(criteria);
  }

  public ListQuery withCriteria(List<FilterCriterion> replaced) {
    return new ListQuery(replaced, deletion, limit, offset);
  }

  public ListQuery withDeletion(DeletionScope replaced) {
    return new ListQuery(criteria, replaced, limit, offset);
  }

  public ListQuery withLimit(long replaced) {
    return new ListQuery(criteria, deletion, replaced, offset);
  }

  public ListQuery withOffset(long replaced) {
    return new ListQuery(criteria, deletion, limit, replaced);
  }
}
