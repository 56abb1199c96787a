package io.wethodkit.conformance.seeded;

import io.wethodkit.fixtures.golden.GoldenCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The golden cases by the requirement each counts towards, as each case names them in its {@code
 * requirements} field, with the requirements each rests on ({@code restsOn}).
 */
public final class GoldenIndex {

  private final Map<String, List<GoldenCase>> byRequirement;

  private GoldenIndex(Map<String, List<GoldenCase>> byRequirement) {
    this.byRequirement = byRequirement;
  }

  public static GoldenIndex of(List<GoldenCase> cases) {
    Map<String, List<GoldenCase>> byRequirement = new LinkedHashMap<>();
    for (GoldenCase goldenCase : cases) {
      goldenCase
          .requirements()
          .forEach(id -> byRequirement.computeIfAbsent(id, k -> new ArrayList<>()).add(goldenCase));
    }
    return new GoldenIndex(byRequirement);
  }

  /**
   * The requirements a case rests on besides {@code requirementId}, the one it is judged for: a
   * case that combines a filter with a deletion scope, a page size, an offset, another company or a
   * permission profile can only judge its own requirement while those hold.
   */
  public Set<String> dependencies(GoldenCase goldenCase, String requirementId) {
    Set<String> ids = new LinkedHashSet<>(goldenCase.restsOn());
    ids.remove(requirementId);
    return ids;
  }

  /** The cases that count towards {@code requirementId}, in the golden file's order. */
  public List<GoldenCase> casesFor(String requirementId) {
    return byRequirement.getOrDefault(requirementId, List.of());
  }

  /** Requirement ids with at least one golden case. */
  public Set<String> requirementIds() {
    return byRequirement.keySet();
  }
}
