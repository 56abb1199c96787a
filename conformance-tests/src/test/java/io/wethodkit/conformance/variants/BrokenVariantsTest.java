package io.wethodkit.conformance.variants;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.runner.Status;
import io.wethodkit.conformance.support.Suite;
import io.wethodkit.mock.MockServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The suite fails a wrong implementation and blames the cause: each broken variant of the mock, in
 * each mode, fails exactly the requirements named for it; what rests on them is not failed, and no
 * check stops on an error of the suite.
 */
class BrokenVariantsTest {

  /** The mock logs the 500 of a broken variant with its stack trace: expected here, so quiet. */
  private static final Logger MOCK_LOG = Logger.getLogger("io.wethodkit.mock");

  @BeforeAll
  static void quietTheMock() {
    MOCK_LOG.setLevel(Level.OFF);
  }

  static Stream<Arguments> variantsInBothModes() {
    return Stream.concat(BrokenVariants.all().stream(), BrokenVariants.leaks().stream())
        .flatMap(
            variant ->
                Stream.of(Mode.BLACKBOX, Mode.SEEDED).map(mode -> Arguments.of(variant, mode)));
  }

  @ParameterizedTest(name = "{0} in {1} mode is caught")
  @MethodSource("variantsInBothModes")
  void exactlyTheNamedRequirementsFail(Variant variant, Mode mode, @TempDir Path reports) {
    try (MockServer mock = MockServer.builder().customize(variant.breakage()).build().start()) {
      Suite.Run run = Suite.run(Suite.config(mock.baseUrl(), mode), reports);

      assertThat(run.ids(Status.FAIL))
          .as(
              "%s must fail exactly %s; verdicts:%n%s",
              variant, variant.failures(mode), run.describe())
          .isEqualTo(variant.failures(mode));
      assertThat(run.outcome().suiteErrors()).as("suite errors").isEmpty();
      for (Map.Entry<String, String> dependent :
          SCOPE_DEPENDENTS.getOrDefault(variant.name(), Map.of()).entrySet()) {
        assertThat(run.status(dependent.getKey()))
            .as(dependent.getKey() + "\n" + run.describe())
            .isEqualTo(Status.INCONCLUSIVE);
        assertThat(run.result(dependent.getKey()).evidence().get(0).note())
            .as(dependent.getKey())
            .startsWith("blocked by " + dependent.getValue());
      }
      if (variant.caughtBy().contains(LISTING)) {
        for (String dependent : LISTING_DEPENDENTS) {
          assertThat(run.status(dependent)).as(dependent).isEqualTo(Status.INCONCLUSIVE);
          assertThat(run.result(dependent).evidence().get(0).note())
              .as(dependent)
              .startsWith("blocked by " + LISTING);
        }
      }
    }
  }

  /**
   * For the variants that break a permission's scope on one door: checks whose relations cross that
   * door, INCONCLUSIVE blocked by the permission rather than failed a second time.
   */
  private static final Map<String, Map<String, String>> SCOPE_DEPENDENTS =
      Map.of(
          "scope-skipped-for-deleted-only",
          Map.of(
              "PRJ-CONSISTENCY-DELETED", "PRJ-PERM-VIEW",
              "PRJ-PERM-BOTH", "PRJ-PERM-VIEW"),
          "scope-skipped-with-a-probability-filter",
          Map.of(
              "PRJ-CONSISTENCY-PROBABILITY-SUBSET", "PRJ-PERM-VIEW",
              "PRJ-PERM-BOTH", "PRJ-PERM-VIEW"));

  /** The requirement every whole-list reading rests on. */
  private static final String LISTING = "PRJ-PAGING-CONCAT";

  /** Checks of filters, deletion and permissions, which read whole lists. */
  private static final List<String> LISTING_DEPENDENTS =
      List.of(
          "PRJ-FILTER-PROBABILITY-GT",
          "PRJ-FILTER-UPDATED-AT-EQ",
          "PRJ-DELETED-ONLY",
          "PRJ-PERM-VIEW",
          "PRJ-OFFSET");
}
