package io.wethodkit.conformance.checks;

import io.wethodkit.contract.FilterDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A way into the company's list: a value of the deletion parameter (or none, for its default) and
 * filters. Every identity is sent through the same doors, so that their answers can be compared.
 * Two doors are the same when they send the same parameters.
 *
 * @param deletionParameter the name of the deletion parameter
 * @param deletion its value, or empty to leave it out
 * @param filters the filters, in the order they are sent
 */
record Door(String deletionParameter, Optional<String> deletion, List<FilterProbe> filters) {

  Door {
    filters = List.copyOf(filters);
  }

  /** The door of {@code deletion} alone (empty: no parameter at all). */
  static Door of(String deletionParameter, Optional<String> deletion) {
    return new Door(deletionParameter, deletion, List.of());
  }

  /** The same deletion value without filters: the list this door filters. */
  Door unfiltered() {
    return new Door(deletionParameter, deletion, List.of());
  }

  /** This door with {@code probe} too. */
  Door with(FilterProbe probe) {
    List<FilterProbe> more = new ArrayList<>(filters);
    more.add(probe);
    return new Door(deletionParameter, deletion, more);
  }

  boolean filtered() {
    return !filters.isEmpty();
  }

  /** Whether one of the door's filters is {@code filter}. */
  boolean filters(FilterDefinition filter) {
    return filters.stream().anyMatch(probe -> probe.filter().equals(filter));
  }

  /** The query parameters the door sends (before percent-encoding). */
  Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    deletion.ifPresent(value -> parameters.put(deletionParameter, value));
    filters.forEach(probe -> parameters.put(probe.filter().parameter(), probe.value()));
    return parameters;
  }

  /** The parameters with a window of {@code limit} projects from {@code offset}. */
  Map<String, String> window(
      String limitParameter, long limit, String offsetParameter, long offset) {
    Map<String, String> parameters = parameters();
    parameters.put(limitParameter, String.valueOf(limit));
    parameters.put(offsetParameter, String.valueOf(offset));
    return parameters;
  }

  /** {@code deleted=only&probability=gt:50}, or {@code no parameters}, for reports. */
  String describe() {
    Map<String, String> parameters = parameters();
    if (parameters.isEmpty()) {
      return "no parameters";
    }
    List<String> pairs = new ArrayList<>();
    parameters.forEach((name, value) -> pairs.add(name + "=" + value));
    return String.join("&", pairs);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Door door && door.parameters().equals(parameters());
  }

  @Override
  public int hashCode() {
    return parameters().hashCode();
  }

  @Override
  public String toString() {
    return describe();
  }
}
