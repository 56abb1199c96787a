package io.wethodkit.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.conformance.support.Suite;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.semantics.Semantics;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The doors every identity is sent through: drawn from the seed alone (the same seed, the same
 * doors), bounded in number whatever the seed, and always holding each deletion value and each
 * filter.
 */
class DoorSampleTest {

  private static final Semantics SEMANTICS = Semantics.of(Suite.CONTRACT);
  private static final List<JsonNode> PROJECTS = Suite.fixtures().projects("acme");

  @Test
  void theSameSeedDrawsTheSameDoorsAndAnotherSeedOthers() {
    List<Door> once = DoorSample.draw(SEMANTICS, new Random(42), PROJECTS);
    List<Door> again = DoorSample.draw(SEMANTICS, new Random(42), PROJECTS);
    Set<List<String>> others = new HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      others.add(
          DoorSample.draw(SEMANTICS, new Random(seed), PROJECTS).stream()
              .map(Door::describe)
              .toList());
    }

    assertThat(again.stream().map(Door::describe)).containsExactlyElementsOf(describe(once));
    assertThat(others).as("doors drawn from 20 seeds").hasSizeGreaterThan(10);
  }

  @Test
  void everySeedDrawsEachDeletionValueAndEachFilterWithinTheBound() {
    int values = Suite.CONTRACT.deletionFilter().scopes().size();
    int filters = Suite.CONTRACT.filters().size();
    int bound = 1 + values + 2 * filters + DoorSample.COMBINATIONS;
    for (long seed = 0; seed < 50; seed++) {
      List<Door> doors = DoorSample.draw(SEMANTICS, new Random(seed), PROJECTS);

      assertThat(doors).as("seed %d", seed).hasSizeLessThanOrEqualTo(bound);
      assertThat(doors.subList(0, 1 + values))
          .as("seed %d", seed)
          .containsExactlyElementsOf(DoorSample.unfiltered(Suite.CONTRACT.deletionFilter()));
      for (FilterDefinition filter : Suite.CONTRACT.filters()) {
        assertThat(doors.stream().filter(door -> door.filters(filter)).count())
            .as("seed %d, doors with %s", seed, filter.parameter())
            .isPositive();
      }
    }
  }

  private static List<String> describe(List<Door> doors) {
    return doors.stream().map(Door::describe).toList();
  }
}
