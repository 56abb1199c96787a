package io.wethodkit.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Projects are compared by their {@code id}, taken as text so that a project whose id has the wrong
 * JSON type is still recognised (the schema checks report the type).
 */
public final class ProjectIds {

  private ProjectIds() {}

  public static String of(JsonNode project) {
    JsonNode id = project == null ? null : project.get("id");
    return id == null || id.isNull() || id.isContainerNode() ? "<no id>" : id.asText();
  }

  public static Set<String> set(Collection<JsonNode> projects) {
    return projects.stream()
        .map(ProjectIds::of)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** {@code 1 project}, {@code 3 projects}. */
  public static String count(int n) {
    return n + (n == 1 ? " project" : " projects");
  }

  /** A short text of ids for reports: the first few, then how many more. */
  public static String describe(Collection<String> ids) {
    List<String> list = List.copyOf(ids);
    int shown = Math.min(list.size(), 12);
    String head = String.join(", ", list.subList(0, shown));
    return "[" + head + (list.size() > shown ? ", … " + (list.size() - shown) + " more" : "") + "]";
  }
}
