package io.wethodkit.mock.endpoint;

import io.wethodkit.mock.store.Project;
import java.util.function.Predicate;

/** Which projects of the company a grant shows. */
@FunctionalInterface
public interface VisibilityPolicy {
  Predicate<Project> visibleTo(Grant grant);
}
