package io.wethodkit.conformance.variants;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.conformance.catalogue.Level;
import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.runner.Status;
import io.wethodkit.conformance.support.Suite;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.endpoint.Refusal;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The suite never fails a correct implementation, even one that differs from the mock where the
 * reference page allows: no MUST fails (exit code 0), and the only SHOULDs that fail are the
 * contract's choices that the difference declines.
 */
class AcceptableVariantsTest {

  static Stream<Arguments> differencesInBothModes() {
    return AcceptableVariants.all().stream()
        .flatMap(
            variant ->
                Stream.of(Mode.BLACKBOX, Mode.SEEDED).map(mode -> Arguments.of(variant, mode)));
  }

  @ParameterizedTest(name = "{0} in {1} mode conforms")
  @MethodSource("differencesInBothModes")
  void aConformingDifferenceFailsNoMustAndOnlyTheShouldsItDeclines(
      AcceptableVariants.Acceptable variant, Mode mode, @TempDir Path reports) {
    try (MockServer mock = MockServer.builder().customize(variant.difference()).build().start()) {
      Suite.Run run = Suite.run(Suite.config(mock.baseUrl(), mode), reports);

      assertThat(run.ids(Status.FAIL)).as(run.describe()).isEqualTo(variant.shouldFailures());
      assertThat(run.with(Status.FAIL))
          .allSatisfy(r -> assertThat(r.requirement().level()).isEqualTo(Level.SHOULD));
      assertThat(run.outcome().mustFailed()).isFalse();
      assertThat(run.with(Status.INCONCLUSIVE)).as(run.describe()).isEmpty();
      assertThat(run.outcome().suiteErrors()).as("suite errors").isEmpty();
    }
  }

  @Test
  void anErrorKeyTheReferencePageDoesNotStateFailsOnlyShoulds(@TempDir Path reports) {
    try (MockServer mock =
        MockServer.builder()
            .customize(
                parts ->
                    parts.toBuilder()
                        .errorRenderer(
                            refusal ->
                                parts
                                    .errorRenderer()
                                    .render(
                                        refusal.status() == 401
                                            ? new Refusal(
                                                401,
                                                "invalid_token",
                                                refusal.cause(),
                                                refusal.message(),
                                                refusal.failures())
                                            : refusal))
                        .build())
            .build()
            .start()) {
      Suite.Run run = Suite.run(Suite.config(mock.baseUrl(), Mode.SEEDED), reports);

      assertThat(run.with(Status.FAIL))
          .isNotEmpty()
          .allSatisfy(
              result ->
                  assertThat(result.requirement().level())
                      .as(result.requirement().id())
                      .isEqualTo(Level.SHOULD));
      assertThat(run.status("PRJ-SCHEMA-401")).isEqualTo(Status.PASS);
      assertThat(run.status("PRJ-AUTH-REQUIRED")).isEqualTo(Status.PASS);
      assertThat(run.status("PRJ-AUTH-MISSING")).isEqualTo(Status.FAIL);
      assertThat(run.outcome().mustFailed()).isFalse();
    }
  }
}
