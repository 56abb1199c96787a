package io.wethodkit.conformance.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.support.GeneratedDataset;
import io.wethodkit.conformance.support.Suite;
import io.wethodkit.mock.MockServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The mock compared with itself, loaded with any data, shows no difference whatever the seed. */
class DriftAgainstTheMockTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 42, 20261201})
  void theBundledDataShowNoDifference(long seed) {
    try (MockServer mock = MockServer.builder().build().start()) {
      DriftOutcome outcome = Drift.run(Suite.config(mock.baseUrl(), Mode.BLACKBOX), 250, seed);

      assertThat(outcome.differences()).as(Drift.describe(outcome)).isEmpty();
      assertThat(outcome.requests()).isEqualTo(250);
      assertThat(outcome.orderKnown()).isTrue();
      assertThat(outcome.dataChanged()).isFalse();
      assertThat(outcome.mustDiffered()).isFalse();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {7, 99})
  void aGeneratedSetOfTenThousandProjectsShowsNoDifference(long seed, @TempDir Path dir) {
    GeneratedDataset data =
        GeneratedDataset.write(dir, seed, new GeneratedDataset.Shape(10_000, 0.12, true));
    try (MockServer mock = MockServer.builder().fixtures(dir).build().start()) {
      DriftOutcome outcome = Drift.run(data.config(mock.baseUrl(), Mode.BLACKBOX), 150, seed);

      assertThat(outcome.projects()).isGreaterThan(9_000);
      assertThat(outcome.differences()).as(Drift.describe(outcome)).isEmpty();
      assertThat(outcome.requests()).isEqualTo(150);
    }
  }

  @Test
  void theSameSeedGivesTheSameRequestsAndAnotherSeedOthers() {
    try (MockServer mock = MockServer.builder().build().start()) {
      var config = Suite.config(mock.baseUrl(), Mode.BLACKBOX);
      var items =
          new ListReader(Suite.CONTRACT)
              .read(
                  new io.wethodkit.conformance.client.TargetClient(
                      java.net.URI.create(mock.baseUrl()),
                      Suite.CONTRACT.path(),
                      java.time.Duration.ofSeconds(5)),
                  new DriftRequest(
                          new Callers(Suite.CONTRACT, config, 1).both(),
                          java.util.List.of(),
                          java.util.List.of())
                      .toTarget(
                          java.util.Map.of(
                              "Wethod-Company", "acme", "Wethod-Version", "2024-06-15")))
              .items();

      var first = new RequestGenerator(Suite.CONTRACT, config, items, 5).generate(120);
      var again = new RequestGenerator(Suite.CONTRACT, config, items, 5).generate(120);
      var other = new RequestGenerator(Suite.CONTRACT, config, items, 6).generate(120);

      assertThat(again).isEqualTo(first);
      assertThat(other).isNotEqualTo(first);
    }
  }
}
