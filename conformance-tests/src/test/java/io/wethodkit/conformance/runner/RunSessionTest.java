package io.wethodkit.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.conformance.catalogue.Catalogue;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.checks.RunContext;
import io.wethodkit.conformance.client.TargetClient;
import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.support.Suite;
import io.wethodkit.conformance.verdict.CheckOutcome;
import io.wethodkit.conformance.verdict.Evidence;
import io.wethodkit.conformance.verdict.Finding;
import io.wethodkit.contract.semantics.Semantics;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a check's ending becomes a verdict: the target's faults are FAILs, the suite's are not. */
class RunSessionTest {

  /** A filter check without the filter it is about: its check stops on an exception. */
  private static final String DEFECTIVE =
      """
      areas: [{id: filter, title: Filters}]
      requirements:
        - id: PRJ-DEFECTIVE
          level: SHOULD
          status: "200"
          area: filter
          check: filter-operator
          title: a requirement whose check cannot start
          rationale: "Interpretation 6: none"
      """;

  @Test
  void anExceptionOfTheSuiteIsASuiteErrorNeverAFail() {
    Catalogue catalogue =
        Catalogue.parse(DEFECTIVE.getBytes(StandardCharsets.UTF_8), Suite.CONTRACT);
    Requirement requirement = catalogue.find("PRJ-DEFECTIVE").orElseThrow();
    List<CheckResult> reported = new ArrayList<>();
    try (TargetClient client =
        new TargetClient(
            URI.create("http://127.0.0.1:9"), "/api/projects", Duration.ofSeconds(1))) {
      RunContext context =
          new RunContext(
              Suite.config("http://127.0.0.1:9", Mode.BLACKBOX),
              Semantics.of(Suite.CONTRACT),
              catalogue,
              client,
              Optional.empty(),
              Set.of());

      CheckResult result = new RunSession(context, reported::add).verdict(requirement);

      assertThat(result.status()).isEqualTo(Status.INCONCLUSIVE);
      assertThat(result.suiteError()).isTrue();
      assertThat(result.evidence().get(0).note())
          .startsWith("suite error")
          .contains("IllegalStateException");
      assertThat(reported).containsExactly(result);
      assertThat(new RunOutcome(Instant.EPOCH, List.of(result)).suiteErrors())
          .containsExactly(result);
    }
  }

  @Test
  void aFailureOfTheTargetIsAFailWithItsEvidence() {
    Requirement requirement = Suite.CATALOGUE.find("PRJ-VALIDATION-LIMIT").orElseThrow();
    Evidence evidence = Evidence.expected("a 400");
    CheckResult result =
        new CheckResult(
            requirement,
            new CheckOutcome.Fail(List.of(new Finding(requirement.id(), evidence)), 0),
            3);

    assertThat(result.status()).isEqualTo(Status.FAIL);
    assertThat(result.suiteError()).isFalse();
    assertThat(result.evidence()).containsExactly(evidence);
  }

  @Test
  void failuresBeyondThoseShownAreCounted() {
    Requirement requirement = Suite.CATALOGUE.find("PRJ-OFFSET").orElseThrow();
    CheckOutcome.Fail fail =
        new CheckOutcome.Fail(List.of(new Finding(requirement.id(), Evidence.expected("x"))), 4);

    assertThat(fail.evidence())
        .extracting(Evidence::note)
        .last()
        .isEqualTo("4 more failures not shown");
    assertThat(fail.summary()).isEqualTo("expected x (and 1 more)");
  }
}
