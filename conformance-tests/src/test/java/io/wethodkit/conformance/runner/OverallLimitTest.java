package io.wethodkit.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.suite.SuiteRun;
import io.wethodkit.conformance.support.Suite;
import io.wethodkit.mock.MockServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Past the run's overall limit no request is sent, so a run always ends, with failures. */
class OverallLimitTest {

  @Test
  void aRunPastItsOverallLimitEndsAtOnceWithoutPassing(@TempDir Path reports) throws Exception {
    try (MockServer mock = MockServer.builder().build().start()) {
      long started = System.nanoTime();
      RunOutcome outcome =
          new SuiteRun(
                  Suite.CONTRACT,
                  Suite.CATALOGUE,
                  new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
              .execute(
                  Suite.config(mock.baseUrl(), Mode.BLACKBOX),
                  Optional.empty(),
                  Set.of(),
                  reports,
                  Duration.ZERO);

      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
      assertThat(outcome.count(Status.PASS)).isZero();
      assertThat(outcome.count(Status.FAIL)).isPositive();
      assertThat(
              outcome.results().stream()
                  .flatMap(r -> r.evidence().stream())
                  .map(e -> String.valueOf(e.error())))
          .contains("not sent: the run's overall time limit has passed");
    }
  }
}
