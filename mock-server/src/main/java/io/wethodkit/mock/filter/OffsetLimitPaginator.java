package io.wethodkit.mock.filter;

import io.wethodkit.mock.endpoint.ListQuery;
import io.wethodkit.mock.endpoint.Paginator;
import io.wethodkit.mock.store.Project;
import java.util.List;

/**
 * Skips {@code offset} items and takes {@code limit}; an offset past the end gives an empty page.
 */
public final class OffsetLimitPaginator implements Paginator {

  @Override
  public List<Project> page(List<Project> selected, ListQuery query) {
    int size = selected.size();
    int from = (int) Math.min(Math.max(query.offset(), 0), size);
    int to = (int) Math.min((long) from + Math.max(query.limit(), 0), size);
    return selected.subList(from, to);
  }
}
