package io.wethodkit.mock.filter;

import io.wethodkit.contract.semantics.ListQuery;
import io.wethodkit.mock.endpoint.Paginator;
import io.wethodkit.mock.store.Project;
import java.util.List;

/** The query's page window of the selection; an offset past the end gives an empty page. */
public final class OffsetLimitPaginator implements Paginator {

  @Override
  public List<Project> page(List<Project> selected, ListQuery query) {
    return query.window().of(selected);
  }
}
