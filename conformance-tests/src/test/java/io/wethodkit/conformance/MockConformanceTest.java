package io.wethodkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.runner.Status;
import io.wethodkit.conformance.support.Suite;
import io.wethodkit.mock.junit.MockBaseUrl;
import io.wethodkit.mock.junit.WethodMock;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The suite never fails a correct implementation: against the mock, every check passes. */
@WethodMock
class MockConformanceTest {

  @ParameterizedTest(name = "{0} mode")
  @EnumSource(Mode.class)
  void everyCheckPassesAgainstTheMock(
      Mode mode, @MockBaseUrl String baseUrl, @TempDir Path reports) {
    Suite.Run run = Suite.run(Suite.config(baseUrl, mode), reports);

    assertThat(run.ids(Status.PASS)).as(run.describe()).hasSize(Suite.CATALOGUE.size());
  }

  /** The doors drawn at random never fail a correct implementation, whichever the seed. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 99L, -3_141_592_653L})
  void everySeedPassesAgainstTheMock(
      long seed, @MockBaseUrl String baseUrl, @TempDir Path reports) {
    Suite.Run run = Suite.run(Suite.config(baseUrl, Mode.BLACKBOX), reports, seed);

    assertThat(run.ids(Status.PASS)).as(run.describe()).hasSize(Suite.CATALOGUE.size());
    assertThat(run.console()).contains("seed " + seed);
  }
}
