package io.wethodkit.mock.filter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.DeletionScope;
import io.wethodkit.contract.semantics.FieldFailure;
import io.wethodkit.contract.semantics.ListQuery;
import io.wethodkit.contract.semantics.Semantics;
import io.wethodkit.mock.endpoint.Outcome;
import io.wethodkit.mock.endpoint.Refusal;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.store.Project;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The filter engine's parts over the contract's semantics: the parser answers the semantics'
 * reading as the contract's 400, and the predicates keep on stored projects what the semantics keep
 * (the readings and the rules themselves are tested in the contract module).
 */
class FilterEngineTest {

  private static final Contract CONTRACT = Contract.bundled();
  private static final Semantics SEMANTICS = Semantics.of(CONTRACT);
  private static final ContractQueryParser PARSER = new ContractQueryParser(SEMANTICS);
  private static final ContractPredicates PREDICATES = new ContractPredicates(SEMANTICS);

  private static Project project(String field, Object value) {
    ObjectNode node = Json.object().put("id", 1);
    if (value == null) {
      node.putNull(field);
    } else if (value instanceof Integer number) {
      node.put(field, number);
    } else {
      node.put(field, value.toString());
    }
    return Project.of(node);
  }

  private static Predicate<Project> predicate(String query) {
    Outcome<ListQuery> outcome = PARSER.parse(query);
    assertThat(outcome.isOk()).as(outcome.toString()).isTrue();
    return PREDICATES.criterion(outcome.value().criteria().get(0));
  }

  @Test
  void aQueryWithoutTheContractsParametersGetsTheDefaults() {
    assertThat(PARSER.parse("").value()).isEqualTo(SEMANTICS.queries().defaults());
    assertThat(PARSER.parse("foo=1").value()).isEqualTo(SEMANTICS.queries().defaults());
  }

  @Test
  void invalidParametersAreTheContracts400ListingEachInOrder() {
    Refusal refusal = PARSER.parse("limit=0&probability=x&limit=2").refusal().orElseThrow();
    assertThat(refusal.status()).isEqualTo(400);
    assertThat(refusal.key()).isEqualTo(CONTRACT.error(400).key());
    assertThat(refusal.cause()).isEqualTo(Refusal.INVALID_DATA);
    assertThat(refusal.failures())
        .extracting(FieldFailure::field)
        .containsExactly("probability", "limit");
  }

  @ParameterizedTest(name = "{0} on {1} = {2}")
  @CsvSource({
    "probability=gt:50, 50, false",
    "probability=gt:50, 51, true",
    "probability=lt:50, 50, false",
    "probability=50, 50, true",
    "date_start=gt:2024-12-01, 2024-12-01, false",
    "date_start=lt:2025-01-01, 2024-12-01, true",
    "updated_at=2024-06-30T08:00:00%2B02:00, 2024-06-30T21:58:00.000Z, true",
    "updated_at=2024-06-30T08:00:00%2B02:00, 2024-06-30T22:02:00.000Z, false",
    "updated_at=gt:2024-12-31T23:59:30Z, 2024-12-31T23:59:30.000Z, false",
    "updated_at=lt:2025-01-01T01:59:30.001%2B02:00, 2024-12-31T23:59:30.000Z, true",
  })
  void keepsStoredProjectsAsTheSemanticsSay(String query, String value, boolean kept) {
    String field = query.substring(0, query.indexOf('='));
    Object stored = field.equals("probability") ? (Object) Integer.valueOf(value) : value;
    assertThat(predicate(query).test(project(field, stored))).isEqualTo(kept);
    assertThat(predicate(query).test(project(field, null))).as("null").isFalse();
  }

  @Test
  void deletionScopesSplitOnDeletedAt() {
    Project active = project("deleted_at", null);
    Project deleted = project("deleted_at", "2024-01-01T00:00:00.000Z");
    assertThat(PREDICATES.deletion(DeletionScope.ACTIVE).test(active)).isTrue();
    assertThat(PREDICATES.deletion(DeletionScope.ACTIVE).test(deleted)).isFalse();
    assertThat(PREDICATES.deletion(DeletionScope.DELETED).test(deleted)).isTrue();
    assertThat(PREDICATES.deletion(DeletionScope.DELETED).test(active)).isFalse();
    assertThat(PREDICATES.deletion(DeletionScope.ALL).test(active)).isTrue();
    assertThat(PREDICATES.deletion(DeletionScope.ALL).test(deleted)).isTrue();
  }
}
