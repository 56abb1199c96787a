package io.wethodkit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.config.TargetConfig;
import io.wethodkit.conformance.support.GeneratedDataset;
import io.wethodkit.conformance.support.Suite;
import io.wethodkit.mock.MockServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
      DriftOutcome outcome = Drift.run(Suite.config(mock.baseUrl(), Mode.BLACKBOX), 200, seed);

      assertThat(outcome.differences()).as(Drift.describe(outcome)).isEmpty();
      assertThat(outcome.requests()).isEqualTo(200);
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
      DriftOutcome outcome = Drift.run(data.config(mock.baseUrl(), Mode.BLACKBOX), 120, seed);

      assertThat(outcome.projects()).isGreaterThan(9_000);
      assertThat(outcome.differences()).as(Drift.describe(outcome)).isEmpty();
      assertThat(outcome.requests()).isEqualTo(120);
    }
  }

  @Test
  void theSameSeedGivesTheSameRequestsAndAnotherSeedOthers() {
    TargetConfig config = Suite.config("http://127.0.0.1:9", Mode.BLACKBOX);
    List<JsonNode> items = new ArrayList<>();
    Suite.fixtures().projects("acme").forEach(items::add);

    List<DriftRequest> first = new RequestGenerator(Suite.CONTRACT, config, items, 5).generate(300);
    List<DriftRequest> again = new RequestGenerator(Suite.CONTRACT, config, items, 5).generate(300);
    List<DriftRequest> other = new RequestGenerator(Suite.CONTRACT, config, items, 6).generate(300);

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(first.stream().map(r -> r.caller().name()).distinct())
        .as("every identity")
        .contains("both", "view", "viewOther", "none", "missing-authorization", "revoked");
  }
}
