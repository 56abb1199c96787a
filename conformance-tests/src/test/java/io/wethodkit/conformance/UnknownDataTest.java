package io.wethodkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.runner.Status;
import io.wethodkit.conformance.support.GeneratedDataset;
import io.wethodkit.conformance.support.Suite;
import io.wethodkit.mock.MockServer;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Blackbox mode on data the suite has never seen: no false failure on a correct implementation, and
 * no PASS where the data cannot exercise a check.
 */
class UnknownDataTest {

  @ParameterizedTest(name = "dataset drawn from seed {0}")
  @ValueSource(longs = {20240615L, 7L})
  void aCorrectImplementationOnRandomDataPassesEveryCheck(long seed, @TempDir Path dir) {
    GeneratedDataset data =
        GeneratedDataset.write(
            dir.resolve("data"), seed, GeneratedDataset.Shape.rich(new Random(seed)));
    try (MockServer mock = MockServer.builder().fixtures(dir.resolve("data")).build().start()) {
      Suite.Run run = Suite.run(data.config(mock.baseUrl(), Mode.BLACKBOX), dir.resolve("reports"));

      assertThat(run.with(Status.FAIL)).as(run.describe()).isEmpty();
      assertThat(run.ids(Status.PASS)).as(run.describe()).hasSize(Suite.CATALOGUE.size());
    }
  }

  @Test
  void checksThatTheDataCannotExerciseAreInconclusiveNotPassed(@TempDir Path dir) {
    GeneratedDataset data =
        GeneratedDataset.write(dir.resolve("data"), 3L, GeneratedDataset.Shape.tiny());
    try (MockServer mock = MockServer.builder().fixtures(dir.resolve("data")).build().start()) {
      Suite.Run run = Suite.run(data.config(mock.baseUrl(), Mode.BLACKBOX), dir.resolve("reports"));

      assertThat(run.with(Status.FAIL)).as(run.describe()).isEmpty();
      assertThat(run.ids(Status.INCONCLUSIVE))
          .contains(
              "PRJ-LIMIT-DEFAULT",
              "PRJ-LIMIT-MAX",
              "PRJ-DELETED-EXCLUDE",
              "PRJ-DELETED-INCLUDE",
              "PRJ-DELETED-ONLY",
              "PRJ-DELETED-DEFAULT",
              "PRJ-FILTER-DELETED-AT-EQ",
              "PRJ-FILTER-DELETED-AT-GT",
              "PRJ-FILTER-DELETED-AT-LT",
              "PRJ-METADATA-WITH-VALUE",
              "PRJ-METADATA-FORMAT");
      assertThat(run.result("PRJ-LIMIT-DEFAULT").evidence().get(0).note())
          .contains("needs at least 101");
    }
  }
}
