package io.wethodkit.mock.endpoint;

import io.wethodkit.mock.store.Project;
import java.util.List;

/** The 200 answer of a page. */
@FunctionalInterface
public interface ListRenderer {
  Answer render(List<Project> page, Grant grant);
}
