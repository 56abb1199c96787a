package io.wethodkit.mock.filter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.DeletionScope;
import io.wethodkit.mock.endpoint.FieldFailure;
import io.wethodkit.mock.endpoint.ListQuery;
import io.wethodkit.mock.endpoint.Outcome;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.store.Project;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The filter engine on its own: parsing against the contract, and the predicates' semantics. */
class FilterEngineTest {

  private static final Contract CONTRACT = Contract.bundled();
  private static final ContractQueryParser PARSER = new ContractQueryParser(CONTRACT);
  private static final ContractPredicates PREDICATES =
      new ContractPredicates(Contract.bundled().deletionFilter().field());

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
  void defaultsComeFromTheContract() {
    ListQuery query = PARSER.parse("").value();
    assertThat(query.limit()).isEqualTo(CONTRACT.limit().defaultValue());
    assertThat(query.offset()).isEqualTo(CONTRACT.offset().defaultValue());
    assertThat(query.deletion()).isEqualTo(DeletionScope.ACTIVE);
    assertThat(query.criteria()).isEmpty();
  }

  @Test
  void listsEveryFailureInContractOrderWhateverTheQueryOrder() {
    Outcome<ListQuery> outcome =
        PARSER.parse(
            "offset=x&limit=x&date_start=x&probability=x&deleted_at=x&deleted=x&updated_at=x");
    assertThat(outcome.refusal().orElseThrow().failures())
        .extracting(FieldFailure::field)
        .containsExactly(
            "updated_at", "deleted", "deleted_at", "probability", "date_start", "limit", "offset");
    assertThat(outcome.refusal().orElseThrow().status()).isEqualTo(400);
  }

  @Test
  void saturatesAHugeOffsetAndTakesValidValues() {
    ListQuery query = PARSER.parse("offset=99999999999999999999&limit=100&deleted=only").value();
    assertThat(query.offset()).isEqualTo(Long.MAX_VALUE);
    assertThat(query.limit()).isEqualTo(100);
    assertThat(query.deletion()).isEqualTo(DeletionScope.DELETED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "probability, -0",
    "probability, gt:-0",
    "probability, 050",
    "probability, +50",
    "limit, 05",
    "limit, +5",
    "limit, 5.0",
    "limit, 1e2",
    "offset, -0",
    "offset, 00",
    "updated_at, 2024-01-01t20:00:00Z",
    "updated_at, 2024-01-01T20:00:00z",
  })
  void refusesEveryFormButTheContractsTextForm(String parameter, String value) {
    Outcome<ListQuery> outcome = PARSER.parse(parameter + "=" + value);
    assertThat(outcome.refusal()).as(value).isPresent();
    assertThat(outcome.refusal().orElseThrow().failures())
        .extracting(FieldFailure::field)
        .containsExactly(parameter);
  }

  @Test
  void explainsARawPlus() {
    FieldFailure failure =
        PARSER
            .parse("deleted_at=2024-01-01T20:00:00+02:00")
            .refusal()
            .orElseThrow()
            .failures()
            .get(0);
    assertThat(failure.field()).isEqualTo("deleted_at");
    assertThat(failure.message()).contains("%2B");
  }

  @ParameterizedTest(name = "{0} on {1} = {2}")
  @CsvSource({
    "probability=gt:50, 50, false",
    "probability=gt:50, 51, true",
    "probability=lt:50, 50, false",
    "probability=lt:50, 49, true",
    "probability=50, 50, true",
    "probability=0, 0, true",
    "probability=gt:0, 0, false",
    "probability=lt:100, 100, false",
  })
  void integersCompareStrictly(String query, int value, boolean matches) {
    assertThat(predicate(query).test(project("probability", value))).isEqualTo(matches);
  }

  @ParameterizedTest(name = "{0} on {1} = {2}")
  @CsvSource({
    "date_start=2024-12-01, 2024-12-01, true",
    "date_start=gt:2024-12-01, 2024-12-01, false",
    "date_start=gt:2024-12-01, 2025-01-01, true",
    "date_start=lt:2025-01-01, 2024-12-01, true",
    "date_start=lt:2025-01-01, 2025-01-01, false",
  })
  void datesCompareAsCalendarDates(String query, String value, boolean matches) {
    assertThat(predicate(query).test(project("date_start", value))).isEqualTo(matches);
  }

  @ParameterizedTest(name = "{0} on {1} = {2}")
  @CsvSource({
    // 21:58Z is 23:58 on June 30 at +02:00; 22:02Z is 00:02 on July 1.
    "updated_at=2024-06-30T08:00:00%2B02:00, 2024-06-30T21:58:00.000Z, true",
    "updated_at=2024-06-30T08:00:00%2B02:00, 2024-06-30T22:02:00.000Z, false",
    "updated_at=2024-07-01T23:59:59%2B02:00, 2024-06-30T22:02:00.000Z, true",
    // 04:55Z is 23:55 on March 9 at -05:00.
    "updated_at=2024-03-09T00:00:00-05:00, 2024-03-10T04:55:00.000Z, true",
    "updated_at=2024-03-10T00:00:00Z, 2024-03-10T04:55:00.000Z, true",
    "updated_at=2024-03-10T12:00:00-05:00, 2024-03-10T04:55:00.000Z, false",
    "updated_at=gt:2024-12-31T23:59:30Z, 2024-12-31T23:59:30.000Z, false",
    "updated_at=gt:2024-12-31T23:59:29.999999999Z, 2024-12-31T23:59:30.000Z, true",
    "updated_at=lt:2025-01-01T01:59:30%2B02:00, 2024-12-31T23:59:30.000Z, false",
    "updated_at=lt:2025-01-01T01:59:30.001%2B02:00, 2024-12-31T23:59:30.000Z, true",
  })
  void dateTimesCompareInstantsAndOnADateUsesTheValuesOffset(
      String query, String value, boolean matches) {
    assertThat(predicate(query).test(project("updated_at", value))).isEqualTo(matches);
  }

  @Test
  void aNullFieldNeverMatches() {
    for (String query :
        List.of(
            "probability=0",
            "probability=gt:0",
            "probability=lt:100",
            "date_start=lt:2999-01-01",
            "deleted_at=gt:1970-01-01T00:00:00Z",
            "deleted_at=lt:2999-01-01T00:00:00Z")) {
      String field = query.substring(0, query.indexOf('='));
      assertThat(predicate(query).test(project(field, null))).as(query).isFalse();
    }
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

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "NULL",
      value = {
        "abc, abc",
        "a+b, a b",
        "%2B02%3A00, +02:00",
        "%C3%A9, é",
        "%zz, NULL",
        "%4, NULL",
        "%, NULL",
        "%C3%28, NULL",
        "%FF, NULL",
      })
  void decodesStrictly(String raw, String decoded) {
    assertThat(RawQuery.decode(raw)).isEqualTo(decoded);
  }
}
