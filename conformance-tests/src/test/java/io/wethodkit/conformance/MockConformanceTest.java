package io.wethodkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.runner.Status;
import io.wethodkit.conformance.support.Suite;
import io.wethodkit.mock.MockServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The suite never fails a correct implementation: against the mock, every check passes. */
class MockConformanceTest {

  private static MockServer mock;

  @BeforeAll
  static void start() {
    mock = MockServer.builder().build().start();
  }

  @AfterAll
  static void stop() {
    mock.stop();
  }

  @ParameterizedTest(name = "{0} mode")
  @EnumSource(Mode.class)
  void everyCheckPassesAgainstTheMock(Mode mode, @TempDir Path reports) {
    Suite.Run run = Suite.run(Suite.config(mock.baseUrl(), mode), reports);

    assertThat(run.ids(Status.PASS)).as(run.describe()).hasSize(Suite.CATALOGUE.size());
  }
}
