package io.wethodkit.conformance.variants;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.runner.Status;
import io.wethodkit.conformance.support.Suite;
import io.wethodkit.mock.MockServer;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The suite fails a wrong implementation: each broken variant of the mock, in each mode, gets at
 * least one FAIL, and the requirement named for the variant is among them.
 */
class BrokenVariantsTest {

  /** The mock logs the 500 of a broken variant with its stack trace: expected here, so quiet. */
  private static final Logger MOCK_LOG = Logger.getLogger("io.wethodkit.mock");

  @BeforeAll
  static void quietTheMock() {
    MOCK_LOG.setLevel(Level.OFF);
  }

  static Stream<Arguments> variantsInBothModes() {
    return BrokenVariants.all().stream()
        .flatMap(
            variant ->
                Stream.of(Mode.BLACKBOX, Mode.SEEDED).map(mode -> Arguments.of(variant, mode)));
  }

  @ParameterizedTest(name = "{0} in {1} mode is caught")
  @MethodSource("variantsInBothModes")
  void theNamedCheckCatchesTheVariant(Variant variant, Mode mode, @TempDir Path reports) {
    try (MockServer mock = MockServer.builder().customize(variant.breakage()).build().start()) {
      Suite.Run run = Suite.run(Suite.config(mock.baseUrl(), mode), reports);

      assertThat(run.with(Status.FAIL)).as("failures of %s", variant).isNotEmpty();
      assertThat(run.status(variant.caughtBy()))
          .as("%s must be caught by %s; verdicts:%n%s", variant, variant.caughtBy(), run.describe())
          .isEqualTo(Status.FAIL);
    }
  }
}
