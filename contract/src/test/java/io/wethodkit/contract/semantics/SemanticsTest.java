package io.wethodkit.contract.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.DeletionScope;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.Visibility;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deletion scopes, ownership and permission scopes as the contract states them. */
class SemanticsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Semantics SEMANTICS = Semantics.of(Contract.bundled());

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @ParameterizedTest(name = "{0} keeps {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ACTIVE | {\"deleted_at\": null} | true",
        "ACTIVE | {} | true",
        "ACTIVE | {\"deleted_at\": \"2024-01-01T00:00:00Z\"} | false",
        "DELETED | {\"deleted_at\": null} | false",
        "DELETED | {\"deleted_at\": \"2024-01-01T00:00:00Z\"} | true",
        "DELETED | {\"deleted_at\": \"not a date\"} | true",
        "ALL | {\"deleted_at\": null} | true",
        "ALL | {\"deleted_at\": \"2024-01-01T00:00:00Z\"} | true",
      })
  void aDeletionScopeKeepsByTheDeletionField(DeletionScope scope, String project, boolean kept)
      throws Exception {
    assertThat(SEMANTICS.keeps(scope, json(project))).isEqualTo(kept);
  }

  @ParameterizedTest(name = "{0} owned by 11: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"pm_id\": 11, \"account_id\": 12} | true",
        "{\"pm_id\": 12, \"account_id\": 11} | true",
        "{\"pm_id\": 12, \"account_id\": null} | false",
        "{\"pm_id\": 12} | false",
        "{\"pm_id\": \"11\"} | true",
        "{\"pm_id\": 11.0} | true",
        "{\"pm_id\": 11.5} | false",
        "{\"pm_id\": 110} | false",
      })
  void aProjectIsOwnedWhenAnOwnerFieldHoldsThePerson(String project, boolean owned)
      throws Exception {
    assertThat(SEMANTICS.owns(json(project), 11)).isEqualTo(owned);
  }

  @Test
  void eachPermissionScopeShowsItsProjects() {
    assertThat(SEMANTICS.shows(Set.of(Visibility.OWN), true)).isTrue();
    assertThat(SEMANTICS.shows(Set.of(Visibility.OWN), false)).isFalse();
    assertThat(SEMANTICS.shows(Set.of(Visibility.OTHERS), true)).isFalse();
    assertThat(SEMANTICS.shows(Set.of(Visibility.OTHERS), false)).isTrue();
    assertThat(SEMANTICS.shows(Set.of(Visibility.OWN, Visibility.OTHERS), false)).isTrue();
    assertThat(SEMANTICS.shows(Set.of(), true)).isFalse();
  }

  @Test
  void aSwappedComparisonTravelsWithTheSemantics() throws Exception {
    Semantics inclusive = SEMANTICS.withComparison(FilterOperator.LT, Comparison.AT_MOST);
    FilterCriterion ltFifty =
        inclusive.queries().read("probability=lt:50").query().criteria().get(0);
    JsonNode fifty = json("{\"probability\": 50}");
    assertThat(SEMANTICS.keeps(ltFifty).test(fifty)).isFalse();
    assertThat(inclusive.keeps(ltFifty).test(fifty)).isTrue();
    assertThat(inclusive.contract()).isSameAs(SEMANTICS.contract());
  }

  @Test
  void aProjectHasAValueOnlyOfTheFiltersType() throws Exception {
    var probability = SEMANTICS.contract().filter("probability").orElseThrow();
    var updatedAt = SEMANTICS.contract().filter("updated_at").orElseThrow();
    assertThat(SEMANTICS.hasValue(probability, json("{\"probability\": 5}"))).isTrue();
    assertThat(SEMANTICS.hasValue(probability, json("{\"probability\": null}"))).isFalse();
    assertThat(SEMANTICS.hasValue(updatedAt, json("{\"updated_at\": \"2024-01-01\"}"))).isFalse();
    assertThat(SEMANTICS.hasValue(updatedAt, json("{\"updated_at\": \"2024-01-01T00:00:00Z\"}")))
        .isTrue();
  }
}
