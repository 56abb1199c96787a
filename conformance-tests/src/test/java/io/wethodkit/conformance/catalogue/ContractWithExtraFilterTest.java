package io.wethodkit.conformance.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.runner.Status;
import io.wethodkit.conformance.support.Suite;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.testing.ContractCopies;
import io.wethodkit.mock.MockServer;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filter cases come from the contract's x-filter extension, not from code written per parameter: a
 * copy of the contract with one more filter yields that filter's requirements and checks.
 */
class ContractWithExtraFilterTest {

  private static Contract withDuration;

  @BeforeAll
  static void copyTheContract() {
    withDuration = ContractCopies.withDurationFilter();
    assertThat(withDuration.filter("duration")).isPresent();
  }

  @Test
  void theCopyYieldsTheExtraFiltersRequirements() {
    Set<String> bundled = Catalogue.load(Contract.bundled()).ids();
    Set<String> extended = new TreeSet<>(Catalogue.load(withDuration).ids());
    extended.removeAll(bundled);

    assertThat(extended)
        .containsExactlyInAnyOrder(
            "PRJ-FILTER-DURATION-EQ",
            "PRJ-FILTER-DURATION-GT",
            "PRJ-FILTER-DURATION-LT",
            "PRJ-FILTER-DURATION-PARTITION",
            "PRJ-VALIDATION-DURATION",
            "PRJ-VALIDATION-DURATION-STRICT",
            "PRJ-CONSISTENCY-DURATION-SUBSET",
            "PRJ-CONSISTENCY-DURATION-SPLIT");
    assertThat(Catalogue.load(withDuration).find("PRJ-FILTER-DURATION-GT").orElseThrow().title())
        .isEqualTo(
            "duration=gt:V keeps exactly the projects whose duration is strictly greater than V");
  }

  @Test
  void theExtraChecksRunAndPassAgainstAMockOfTheCopy(@TempDir Path reports) {
    try (MockServer mock = MockServer.builder().contract(withDuration).build().start()) {
      Suite.Run run = Suite.run(withDuration, Suite.config(mock.baseUrl(), Mode.BLACKBOX), reports);

      assertThat(run.with(Status.FAIL)).as(run.describe()).isEmpty();
      for (String id :
          Set.of(
              "PRJ-FILTER-DURATION-EQ",
              "PRJ-FILTER-DURATION-GT",
              "PRJ-FILTER-DURATION-LT",
              "PRJ-FILTER-DURATION-PARTITION",
              "PRJ-VALIDATION-DURATION",
              "PRJ-VALIDATION-DURATION-STRICT",
              "PRJ-CONSISTENCY-DURATION-SUBSET",
              "PRJ-CONSISTENCY-DURATION-SPLIT")) {
        assertThat(run.status(id)).as(id + "\n" + run.describe()).isEqualTo(Status.PASS);
      }
    }
  }
}
