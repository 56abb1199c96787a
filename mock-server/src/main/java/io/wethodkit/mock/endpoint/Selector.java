package io.wethodkit.mock.endpoint;

import io.wethodkit.mock.store.Project;
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
}
