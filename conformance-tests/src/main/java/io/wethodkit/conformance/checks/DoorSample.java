package io.wethodkit.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.contract.DeletionFilter;
import io.wethodkit.contract.DeletionScope;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.semantics.Semantics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Chooses the doors every identity is sent through, from the list of every project and a seeded
 * {@link Random}: the list without the deletion parameter and with each of its values; for each
 * filter, its widest value (the one that keeps the most projects) with every project included, and
 * a value and a deletion value drawn at random; and {@value #COMBINATIONS} doors of several filters
 * drawn at random. Filter values are picked from the data, as the filter checks pick them (whole
 * seconds, in UTC or another offset). The count is bounded: {@code 1 + values + 2 × filters +
 * COMBINATIONS} doors.
 */
final class DoorSample {

  /** Doors of several filters drawn at random. */
  static final int COMBINATIONS = 2;

  private final Semantics semantics;
  private final DeletionFilter deletion;
  private final Random random;
  private final List<JsonNode> universe;

  private DoorSample(Semantics semantics, Random random, List<JsonNode> universe) {
    this.semantics = semantics;
    this.deletion = semantics.contract().deletionFilter();
    this.random = random;
    this.universe = universe;
  }

  /** The doors, the unfiltered ones first (without the parameter, then each value). */
  static List<Door> draw(Semantics semantics, Random random, List<JsonNode> universe) {
    return new DoorSample(semantics, random, universe).doors();
  }

  /** The unfiltered doors: without the deletion parameter, then each of its values. */
  static List<Door> unfiltered(DeletionFilter deletion) {
    List<Door> doors = new ArrayList<>();
    doors.add(Door.of(deletion.parameter(), Optional.empty()));
    deletion
        .scopes()
        .keySet()
        .forEach(value -> doors.add(Door.of(deletion.parameter(), Optional.of(value))));
    return doors;
  }

  private List<Door> doors() {
    LinkedHashSet<Door> doors = new LinkedHashSet<>(unfiltered(deletion));
    Door everything =
        Door.of(deletion.parameter(), Optional.of(deletion.valueFor(DeletionScope.ALL)));
    List<FilterDefinition> probed = new ArrayList<>();
    for (FilterDefinition filter : semantics.contract().filters()) {
      List<JsonNode> candidates = withValue(filter);
      if (candidates.isEmpty()) {
        continue;
      }
      probed.add(filter);
      widest(filter, candidates).ifPresent(probe -> doors.add(everything.with(probe)));
      drawn(filter, candidates).ifPresent(probe -> doors.add(deletionFor(filter).with(probe)));
    }
    for (int i = 0; i < COMBINATIONS && probed.size() >= 2; i++) {
      List<FilterDefinition> pool = new ArrayList<>(probed);
      List<FilterDefinition> chosen = new ArrayList<>();
      for (int n = Math.min(pool.size(), 2 + random.nextInt(2)); n > 0; n--) {
        chosen.add(pool.remove(random.nextInt(pool.size())));
      }
      Door door = deletionFor(chosen.get(0));
      for (FilterDefinition filter : chosen) {
        Optional<FilterProbe> probe = drawn(filter, withValue(filter));
        if (probe.isPresent()) {
          door = door.with(probe.get());
        }
      }
      if (door.filters().size() >= 2) {
        doors.add(door);
      }
    }
    return List.copyOf(doors);
  }

  private List<JsonNode> withValue(FilterDefinition filter) {
    return universe.stream().filter(p -> semantics.hasValue(filter, p)).toList();
  }

  /** The value that keeps the most projects: where a door that forgets a rule shows the most. */
  private Optional<FilterProbe> widest(FilterDefinition filter, List<JsonNode> candidates) {
    FilterProbe best = null;
    long kept = -1;
    for (FilterOperator operator : filter.operators()) {
      for (FilterProbe probe : FilterProbes.forOperator(filter, operator, candidates)) {
        Predicate<JsonNode> keeps = probe.predicate(semantics);
        long count = universe.stream().filter(keeps).count();
        if (count > kept) {
          best = probe;
          kept = count;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** A value of an operator, both drawn at random. */
  private Optional<FilterProbe> drawn(FilterDefinition filter, List<JsonNode> candidates) {
    FilterOperator operator = filter.operators().get(random.nextInt(filter.operators().size()));
    List<FilterProbe> probes = FilterProbes.forOperator(filter, operator, candidates);
    return probes.isEmpty()
        ? Optional.empty()
        : Optional.of(probes.get(random.nextInt(probes.size())));
  }

  /**
   * A deletion door drawn at random among those that keep a project with a value of {@code filter},
   * so that the filter has something to keep.
   */
  private Door deletionFor(FilterDefinition filter) {
    List<Door> useful = new ArrayList<>();
    for (Door door : unfiltered(deletion)) {
      DeletionScope scope = deletion.scopes().get(door.deletion().orElse(deletion.defaultValue()));
      if (universe.stream()
          .anyMatch(p -> semantics.hasValue(filter, p) && semantics.keeps(scope, p))) {
        useful.add(door);
      }
    }
    return useful.isEmpty()
        ? Door.of(deletion.parameter(), Optional.of(deletion.valueFor(DeletionScope.ALL)))
        : useful.get(random.nextInt(useful.size()));
  }
}
