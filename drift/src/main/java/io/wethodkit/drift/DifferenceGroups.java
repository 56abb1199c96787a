package io.wethodkit.drift;

import io.wethodkit.conformance.catalogue.Catalogue;
import io.wethodkit.conformance.catalogue.Level;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.checks.ProjectIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects differences into groups by cause: the parameters and operators, header changes and
 * caller left in the smallest request that shows it, and the status pair. A request whose cause
 * already has a group joins it without being minimised again.
 */
final class DifferenceGroups {

  private final Catalogue catalogue;
  private final RequirementOfDifference naming;
  private final Minimiser minimiser;
  private final Map<String, Difference> groups = new LinkedHashMap<>();
  private final Map<String, String> groupOfRawCause = new HashMap<>();
  private final Map<String, Integer> sizes = new HashMap<>();

  DifferenceGroups(Catalogue catalogue, RequirementOfDifference naming, Minimiser minimiser) {
    this.catalogue = catalogue;
    this.naming = naming;
    this.minimiser = minimiser;
  }

  void add(Comparison found) {
    String raw = cause(found);
    String known = groupOfRawCause.get(raw);
    if (known != null) {
      groups.computeIfPresent(known, (k, d) -> d.counted(1));
      return;
    }
    Comparison smallest = minimiser.minimise(found);
    String group = cause(smallest);
    groupOfRawCause.put(raw, group);
    Difference before = groups.get(group);
    int size = smallest.request().size();
    if (before == null) {
      groups.put(group, difference(group, smallest));
      sizes.put(group, size);
    } else if (size < sizes.getOrDefault(group, Integer.MAX_VALUE)) {
      // The group is shown by the smallest request found for it.
      groups.put(group, difference(group, smallest).counted(before.count()));
      sizes.put(group, size);
    } else {
      groups.put(group, before.counted(1));
    }
  }

  /** A difference found outside the generated requests (the mirror's reading, the order). */
  void add(Difference difference) {
    groups.merge(difference.group(), difference, (a, b) -> a.counted(b.count()));
  }

  List<Difference> all() {
    return new ArrayList<>(groups.values());
  }

  private static String cause(Comparison comparison) {
    return comparison.request().causes()
        + " · "
        + comparison.request().caller().name()
        + " · "
        + status(comparison.target())
        + "/"
        + comparison.mock().status()
        + " · "
        + comparison.mismatch().orElseThrow().kind().name().toLowerCase(java.util.Locale.ROOT);
  }

  private Difference difference(String group, Comparison comparison) {
    Mismatch mismatch = comparison.mismatch().orElseThrow();
    String requirement =
        naming.of(comparison.request(), mismatch, comparison.target(), comparison.mock());
    return new Difference(
        group,
        requirement,
        level(catalogue, requirement),
        1,
        new Difference.Request(
            comparison.targetExchange().requestLine(),
            comparison.targetExchange().requestHeaders()),
        comparison.request().caller().name(),
        answer(comparison.target()),
        answer(comparison.mock()),
        mismatch.detail());
  }

  /** The level of {@code requirement}; one the catalogue lacks is reported, not failed. */
  static Level level(Catalogue catalogue, String requirement) {
    return catalogue.find(requirement).map(Requirement::level).orElse(Level.SHOULD);
  }

  static Difference.Answer answer(Observation observation) {
    if (!observation.answered()) {
      return new Difference.Answer(-1, "no answer: " + observation.note());
    }
    if (observation.isList()) {
      return new Difference.Answer(
          observation.status(),
          ProjectIds.count(observation.ids().size())
              + " "
              + ProjectIds.describe(observation.ids()));
    }
    String summary =
        observation.errorKey().map(key -> "key " + key).orElse(observation.note())
            + (observation.failureFields().isEmpty()
                ? ""
                : ", failures for " + observation.failureFields());
    return new Difference.Answer(observation.status(), summary);
  }

  private static String status(Observation observation) {
    return observation.answered() ? String.valueOf(observation.status()) : "none";
  }
}
