package io.wethodkit.conformance.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wethodkit.conformance.checks.CheckLibrary;
import io.wethodkit.contract.Contract;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogueTest {

  private final Contract contract = Contract.bundled();
  private final Catalogue catalogue = Catalogue.load(contract);

  @Test
  void everyKindOfCheckHasACheckAndVerifiesSomeRequirement() {
    CheckLibrary library = CheckLibrary.standard();
    Set<CheckKind> used =
        catalogue.requirements().stream().map(Requirement::check).collect(Collectors.toSet());

    assertThat(used).containsExactlyInAnyOrder(CheckKind.values());
    for (CheckKind kind : CheckKind.values()) {
      assertThat(library.check(kind)).as(kind.catalogueName()).isNotNull();
      assertThat(CheckKind.named(kind.catalogueName())).contains(kind);
    }
  }

  @Test
  void aCheckTheSuiteDoesNotHaveIsRejected() {
    String yaml =
        """
        areas: [{id: filter, title: Filters}]
        requirements:
          - id: PRJ-X
            level: SHOULD
            status: "200"
            area: filter
            check: filter-and-more
            title: t
            rationale: "Interpretation 6: r"
        """;
    assertThatThrownBy(() -> Catalogue.parse(yaml.getBytes(StandardCharsets.UTF_8), contract))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("PRJ-X names an unknown check 'filter-and-more'");
  }

  @Test
  void mustsQuoteTheReferencePageAndShouldsNameTheirInterpretation() {
    for (Requirement requirement : catalogue.requirements()) {
      if (requirement.level() == Level.SHOULD) {
        assertThat(requirement.rationale()).as(requirement.id()).matches("Interpretation \\d+: .+");
      } else {
        assertThat(requirement.source()).as(requirement.id()).isNotBlank();
      }
      assertThat(requirement.id()).matches("PRJ(-[A-Z0-9]+)+");
      assertThat(requirement.status()).isIn("200", "400", "401", "403", "412", "any");
      assertThat(requirement.title()).as(requirement.id()).doesNotContainPattern("\\{[A-Za-z]+}");
    }
  }

  @Test
  void theCatalogueCoversWhatTheIssueLists() {
    assertThat(catalogue.ids())
        .contains(
            "PRJ-SCHEMA-200",
            "PRJ-METADATA-WITH-VALUE",
            "PRJ-CONTENT-TYPE",
            "PRJ-DELETED-EXCLUDE",
            "PRJ-DELETED-INCLUDE",
            "PRJ-DELETED-ONLY",
            "PRJ-DELETED-DEFAULT",
            "PRJ-LIMIT-DEFAULT",
            "PRJ-LIMIT-MAX",
            "PRJ-OFFSET",
            "PRJ-PAGING-CONCAT",
            "PRJ-PERM-VIEW",
            "PRJ-PERM-VIEW-OTHER",
            "PRJ-PERM-BOTH",
            "PRJ-PERM-NONE",
            "PRJ-ISOLATION-UNKNOWN-COMPANY",
            "PRJ-ISOLATION-FOREIGN-COMPANY",
            "PRJ-VALIDATION-ALL-FAILURES",
            "PRJ-AUTH-MISSING",
            "PRJ-PRECONDITION-COMPANY-MISSING",
            "PRJ-PRECEDENCE-401-OVER-412");
    for (var filter : contract.filters()) {
      for (var operator : filter.operators()) {
        String id =
            "PRJ-FILTER-"
                + ContractParameters.idPart(filter.parameter())
                + "-"
                + operator.contractName().toUpperCase(java.util.Locale.ROOT);
        assertThat(catalogue.find(id)).as(id).isPresent();
      }
    }
    for (String area :
        new TreeSet<>(catalogue.requirements().stream().map(Requirement::area).toList())) {
      assertThat(catalogue.areas().stream().map(Area::id)).contains(area);
    }
  }

  @Test
  void theSeedsStatementsAreMustsAndTheInterpretationsShoulds() {
    assertThat(catalogue.find("PRJ-FILTER-PROBABILITY-GT").orElseThrow().level())
        .isEqualTo(Level.MUST);
    assertThat(catalogue.find("PRJ-FILTER-UPDATED-AT-EQ").orElseThrow().level())
        .isEqualTo(Level.MUST);
    assertThat(catalogue.find("PRJ-FILTER-UPDATED-AT-EQ-OFFSET").orElseThrow().level())
        .isEqualTo(Level.SHOULD);
    assertThat(catalogue.find("PRJ-AUTH-REVOKED-TOKEN").orElseThrow().level())
        .isEqualTo(Level.SHOULD);
    assertThat(catalogue.find("PRJ-ORDER-STABLE").orElseThrow().level()).isEqualTo(Level.SHOULD);
    assertThat(catalogue.find("PRJ-SCHEMA-412").orElseThrow().level()).isEqualTo(Level.MUST);
  }

  @Test
  void aTemplateWithAnUnknownPlaceholderIsRejected() {
    String yaml =
        """
        areas: [{id: filter, title: Filters}]
        requirements:
          - id: PRJ-X-{NOPE}
            level: MUST
            status: "200"
            area: filter
            check: filter-and
            title: t
            source: s
            page: [Returns the list of projects]
        """;
    assertThatThrownBy(() -> Catalogue.parse(yaml.getBytes(StandardCharsets.UTF_8), contract))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("unknown placeholder {NOPE}");
  }

  @Test
  void aMustWithoutSentencesOfThePageIsRejected() {
    String yaml =
        """
        areas: [{id: filter, title: Filters}]
        requirements:
          - id: PRJ-X
            level: MUST
            status: "200"
            area: filter
            check: filter-and
            title: t
            source: s
        """;
    assertThatThrownBy(() -> Catalogue.parse(yaml.getBytes(StandardCharsets.UTF_8), contract))
        .hasMessageContaining("PRJ-X is a MUST without the sentences of the reference page");
  }

  @Test
  void aShouldWithoutRationaleIsRejected() {
    String yaml =
        """
        areas: [{id: filter, title: Filters}]
        requirements:
          - id: PRJ-X
            level: SHOULD
            status: "200"
            area: filter
            check: filter-and
            title: t
        """;
    assertThatThrownBy(() -> Catalogue.parse(yaml.getBytes(StandardCharsets.UTF_8), contract))
        .hasMessageContaining("PRJ-X is a SHOULD without a rationale");
  }
}
