package io.wethodkit.mock.endpoint;

import io.wethodkit.contract.semantics.ListQuery;
import io.wethodkit.mock.store.Project;
import java.util.List;

/** The page of the selected projects that a query asks for. */
@FunctionalInterface
public interface Paginator {
  List<Project> page(List<Project> selected, ListQuery query);
}
