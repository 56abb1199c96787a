package io.wethodkit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.conformance.catalogue.Level;
import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.support.Suite;
import io.wethodkit.conformance.variants.AcceptableVariants;
import io.wethodkit.conformance.variants.BrokenVariants;
import io.wethodkit.conformance.variants.Variant;
import io.wethodkit.mock.MockServer;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drift catches each broken variant of the mock, the permission scope forgotten on one door
 * included, with a difference group named by the requirement the variant breaks, and holds no MUST
 * difference against an acceptable variant. (Another company's projects leaking into the list are
 * the suite's to catch: drift reads them as the target's own data.)
 */
class DriftAgainstVariantsTest {

  private static final int REQUESTS = 200;
  private static final long SEED = 11;

  @BeforeAll
  static void quietTheMock() {
    // A broken variant's 500 is logged with its stack trace: expected here.
    Logger.getLogger("io.wethodkit.mock").setLevel(java.util.logging.Level.OFF);
  }

  static Stream<Variant> broken() {
    return Stream.concat(BrokenVariants.all().stream(), BrokenVariants.scopeLeaks().stream());
  }

  @ParameterizedTest(name = "{0} is caught")
  @MethodSource("broken")
  void aGroupNamesTheBrokenBehaviour(Variant variant) {
    try (MockServer mock = MockServer.builder().customize(variant.breakage()).build().start()) {
      DriftOutcome outcome = Drift.run(Suite.config(mock.baseUrl(), Mode.BLACKBOX), REQUESTS, SEED);

      List<String> requirements =
          outcome.differences().stream().map(Difference::requirement).toList();
      assertThat(requirements)
          .as("the groups of %s:%n%s", variant, Drift.describe(outcome))
          .containsAnyElementsOf(variant.caughtBy());
    }
  }

  static Stream<AcceptableVariants.Acceptable> acceptable() {
    return AcceptableVariants.all().stream();
  }

  @ParameterizedTest(name = "{0} conforms")
  @MethodSource("acceptable")
  void noMustDifference(AcceptableVariants.Acceptable variant) {
    try (MockServer mock = MockServer.builder().customize(variant.difference()).build().start()) {
      DriftOutcome outcome = Drift.run(Suite.config(mock.baseUrl(), Mode.BLACKBOX), REQUESTS, SEED);

      assertThat(outcome.differences())
          .as(Drift.describe(outcome))
          .noneMatch(d -> d.level() == Level.MUST);
      assertThat(outcome.mustDiffered()).isFalse();
    }
  }
}
