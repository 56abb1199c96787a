package io.wethodkit.conformance.seeded;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.conformance.support.Suite;
import io.wethodkit.fixtures.golden.Expectation;
import io.wethodkit.fixtures.golden.GoldenCase;
import io.wethodkit.fixtures.golden.GoldenRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden cases count towards the requirements their {@code requirements} field names, and rest on
 * those of their {@code restsOn}: each names requirements of the catalogue, about the status it
 * expects.
 */
class GoldenIndexTest {

  private final GoldenIndex index = GoldenIndex.of(Suite.fixtures().golden());

  @Test
  void everyGoldenCaseNamesRequirementsOfTheCatalogue() {
    assertThat(Suite.fixtures().golden()).hasSizeGreaterThanOrEqualTo(90);
    for (GoldenCase goldenCase : Suite.fixtures().golden()) {
      assertThat(goldenCase.requirements()).as(goldenCase.name()).isNotEmpty();
      assertThat(Suite.CATALOGUE.ids())
          .as("the requirements of %s", goldenCase.name())
          .containsAll(goldenCase.requirements());
      assertThat(Suite.CATALOGUE.ids())
          .as("what %s rests on", goldenCase.name())
          .containsAll(goldenCase.restsOn());
    }
  }

  @Test
  void aCaseCountsTowardsRequirementsAboutTheStatusItExpects() {
    for (GoldenCase goldenCase : Suite.fixtures().golden()) {
      String status = String.valueOf(goldenCase.expect().status());
      for (String id : goldenCase.requirements()) {
        assertThat(Suite.CATALOGUE.find(id).orElseThrow().status())
            .as("%s counts towards %s", goldenCase.name(), id)
            .isIn(status, "any");
      }
    }
  }

  @Test
  void theFieldBindsACaseWhateverItsName() {
    GoldenCase named =
        new GoldenCase(
            "filter.probability.gt.anything",
            List.of("PRJ-OFFSET"),
            null,
            new GoldenRequest("offset=1", Map.of()),
            Expectation.list(List.of()),
            List.of("PRJ-OFFSET", "PRJ-LIMIT-DEFAULT"));

    GoldenIndex single = GoldenIndex.of(List.of(named));

    assertThat(single.casesFor("PRJ-OFFSET")).containsExactly(named);
    assertThat(single.casesFor("PRJ-FILTER-PROBABILITY-GT")).isEmpty();
    assertThat(single.dependencies(named, "PRJ-OFFSET")).containsExactly("PRJ-LIMIT-DEFAULT");
  }

  @Test
  void casesGoToTheRequirementTheirRequestExercises() {
    assertMapped("filter.probability.gt.boundary-50", "PRJ-FILTER-PROBABILITY-GT");
    assertMapped("filter.updated_at.eq.utc-same-day", "PRJ-FILTER-UPDATED-AT-EQ");
    assertMapped("filter.updated_at.eq.plus-two-after-midnight", "PRJ-FILTER-UPDATED-AT-EQ-OFFSET");
    assertMapped("filter.deleted_at.eq.default-deleted-matches-nothing", "PRJ-FILTER-AND");
    assertMapped("deleted.default", "PRJ-DELETED-DEFAULT");
    assertMapped("page.offset-huge", "PRJ-OFFSET-PAST-END");
    assertMapped("perm.view", "PRJ-PERM-VIEW");
    assertMapped("perm.none", "PRJ-FORBIDDEN-NO-PERMISSION");
    assertMapped("auth.missing-header", "PRJ-AUTH-MISSING");
    assertMapped("auth.lower-case-bearer", "PRJ-AUTH-SCHEME-CASE");
    assertMapped("perm.revoked", "PRJ-AUTH-REVOKED-TOKEN");
    assertMapped("precondition.version-impossible-date", "PRJ-PRECONDITION-VERSION-MALFORMED");
    assertMapped("forbidden.unknown-company", "PRJ-FORBIDDEN-UNKNOWN-COMPANY");
    assertMapped("validation.limit.not-a-number", "PRJ-VALIDATION-LIMIT");
    assertMapped("validation.limit.above-maximum", "PRJ-VALIDATION-LIMIT-STRICT");
    assertMapped("filter.updated_at.lt.nanoseconds", "PRJ-FILTER-UPDATED-AT-FRACTIONAL-SECONDS");
    assertMapped("auth.unknown-token", "PRJ-AUTH-REQUIRED");
    assertMapped("validation.limit.zero", "PRJ-VALIDATION-LIMIT-STRICT");
    assertMapped("validation.probability.leading-zero", "PRJ-VALIDATION-PROBABILITY-STRICT");
    assertMapped("validation.date_start.impossible-date", "PRJ-VALIDATION-DATE-START");
    assertMapped("validation.updated_at.raw-plus", "PRJ-VALIDATION-PLUS-AS-SPACE");
    assertMapped("validation.bad-percent-encoding", "PRJ-VALIDATION-PERCENT-ENCODING");
    assertMapped("validation.several-at-once", "PRJ-VALIDATION-ALL-FAILURES");
    assertMapped("precedence.401-over-412-over-403-over-400", "PRJ-PRECEDENCE-401-OVER-400");
  }

  @Test
  void aCaseWhoseExpectationRestsOnAnInterpretationIsNotAttachedToAMust() {
    for (GoldenCase goldenCase : Suite.fixtures().golden()) {
      if (goldenCase.expect().status() == 403) {
        assertThat(requirementsOf(goldenCase))
            .doesNotContain("PRJ-PERM-NONE", "PRJ-ISOLATION-FOREIGN-COMPANY");
      }
    }
  }

  @Test
  void aCaseThatRestsOnlyOnTheContractIsNotAttachedToAMust() {
    assertThat(requirementsOf(golden("auth.token-is-case-sensitive")))
        .containsExactly("PRJ-AUTH-UNKNOWN-TOKEN");
    assertThat(requirementsOf(golden("validation.limit.above-maximum")))
        .doesNotContain("PRJ-VALIDATION-LIMIT", "PRJ-LIMIT-MAX");
    assertThat(requirementsOf(golden("filter.updated_at.lt.nanoseconds")))
        .doesNotContain("PRJ-FILTER-UPDATED-AT-LT");
  }

  @Test
  void aCaseRestsOnTheRequirementsItsRequestCombines() {
    GoldenCase perm = golden("perm.view");
    assertThat(index.dependencies(perm, "PRJ-PERM-VIEW"))
        .contains("PRJ-DELETED-DEFAULT", "PRJ-LIMIT-DEFAULT")
        .doesNotContain("PRJ-PERM-VIEW");
    assertThat(index.dependencies(golden("filter.probability.gt.boundary-50"), "x"))
        .contains("PRJ-FILTER-PROBABILITY-GT");
    assertThat(
            index.dependencies(
                golden("precedence.401-over-412-over-403-over-400"), "PRJ-PRECEDENCE-401-OVER-400"))
        .isNotEmpty()
        .allSatisfy(id -> assertThat(id).doesNotStartWith("PRJ-PRECEDENCE"));
  }

  private void assertMapped(String name, String requirement) {
    assertThat(requirementsOf(golden(name))).as(name).contains(requirement);
  }

  private static GoldenCase golden(String name) {
    return Suite.fixtures().golden().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the golden file has no case " + name));
  }

  private List<String> requirementsOf(GoldenCase goldenCase) {
    return index.requirementIds().stream()
        .filter(id -> index.casesFor(id).contains(goldenCase))
        .toList();
  }
}
