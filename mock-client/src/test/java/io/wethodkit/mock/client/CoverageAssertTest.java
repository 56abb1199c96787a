package io.wethodkit.mock.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The coverage's assertions: each passes on what it states and fails naming what is at fault. */
class CoverageAssertTest {

  private static final Coverage.Request READY =
      new Coverage.Request(
          "GET",
          "/api/projects",
          "",
          "both",
          null,
          Map.of("Wethod-Company", "acme"),
          true,
          "No version header.");

  private static Coverage.Behaviour met(String id) {
    return new Coverage.Behaviour(
        id,
        "Family",
        "What " + id + " is.",
        true,
        2,
        new Coverage.Example("GET", "/api/projects", "limit=1", "view"),
        null,
        null);
  }

  private static Coverage.Behaviour never(String id) {
    return new Coverage.Behaviour(id, "Family", "What " + id + " is.", false, 0, null, READY, null);
  }

  private static final Coverage COVERAGE =
      new Coverage(
          true,
          "2030-01-01T00:00:00Z",
          null,
          List.of(
              met("200"),
              never("412.missing-version"),
              met("deleted.only"),
              new Coverage.Behaviour(
                  "403.no-permission",
                  "Family",
                  "No permission.",
                  false,
                  0,
                  null,
                  null,
                  "No identity is a member without permissions.")));

  @Test
  void theSummaryIsCountedWhenNotGiven() {
    assertThat(COVERAGE.summary()).isEqualTo(new Coverage.Summary(2, 4));
    assertThat(COVERAGE.coveredIds()).containsExactly("200", "deleted.only");
  }

  @Test
  void passesOnWhatIsTrue() {
    CoverageAssert.assertThat(COVERAGE)
        .covers("200")
        .covers("200", "deleted.only")
        .coversAll(List.of("deleted.only"))
        .coversExactly("deleted.only", "200")
        .hasNotCovered("412.missing-version", "403.no-permission")
        .coversAtLeast(2);
  }

  @Test
  void aBehaviourNeverMetIsNamedWithTheRequestThatMeetsItOrWhyNoneCan() {
    assertThatThrownBy(
            () ->
                CoverageAssert.assertThat(COVERAGE)
                    .as("my screen")
                    .covers("200", "412.missing-version", "403.no-permission"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("[my screen] ")
        .hasMessageContaining("2 behaviours never met")
        .hasMessageContaining("412.missing-version (What 412.missing-version is.)")
        .hasMessageContaining("meet it with: GET /api/projects as both; Wethod-Company: acme")
        .hasMessageContaining(
            "403.no-permission (No permission.)\n      cannot be met now: No identity is a member")
        .message()
        .doesNotContain("200 (");
  }

  @Test
  void exactlyNamesWhatIsMissingAndWhatIsTooMuch() {
    assertThatThrownBy(
            () -> CoverageAssert.assertThat(COVERAGE).coversExactly("200", "412.missing-version"))
        .hasMessageContaining("Never met:\n  412.missing-version")
        .hasMessageContaining(
            "Met but not expected:\n  deleted.only (2 calls, first GET /api/projects?limit=1 as view)");
    assertThatThrownBy(() -> CoverageAssert.assertThat(COVERAGE).hasNotCovered("deleted.only"))
        .hasMessageContaining("deleted.only (2 calls");
    assertThatThrownBy(() -> CoverageAssert.assertThat(COVERAGE).coversNothing())
        .hasMessageContaining("2 behaviours met");
    assertThatThrownBy(() -> CoverageAssert.assertThat(COVERAGE).coversEveryBehaviour())
        .hasMessageContaining("412.missing-version")
        .hasMessageContaining("403.no-permission");
    assertThatThrownBy(() -> CoverageAssert.assertThat(COVERAGE).coversAtLeast(3))
        .hasMessageContaining("at least 3 behaviours met, but 2 of 4 are");
  }

  @Test
  void anIdTheContractDoesNotDefineIsAFailureListingTheDefinedOnes() {
    assertThatThrownBy(() -> CoverageAssert.assertThat(COVERAGE).covers("412.missing-versions"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("defines no behaviour 412.missing-versions")
        .hasMessageContaining("200, 412.missing-version, deleted.only, 403.no-permission");
  }

  @Test
  void aLiveCoverageIsReadWhenAsserted() {
    AtomicInteger reads = new AtomicInteger();
    MockCoverage live =
        new MockCoverage() {
          @Override
          public Coverage current() {
            reads.incrementAndGet();
            return COVERAGE;
          }

          @Override
          public void reset() {}
        };
    assertThat(reads).hasValue(0);
    CoverageAssert.assertThat(live).covers("200");
    assertThat(reads).hasValue(1);
  }
}
