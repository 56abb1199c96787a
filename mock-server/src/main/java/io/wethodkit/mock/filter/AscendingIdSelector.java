package io.wethodkit.mock.filter;

import io.wethodkit.mock.endpoint.Selector;
import io.wethodkit.mock.store.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Keeps the projects that match, in ascending id order (the order the store holds them in). */
public final class AscendingIdSelector implements Selector {

  @Override
  public List<Project> select(List<Project> projects, Predicate<Project> keep) {
    List<Project> out = new ArrayList<>(projects.size());
    for (Project project : projects) {
      if (keep.test(project)) {
        out.add(project);
      }
    }
    return out;
  }
}
