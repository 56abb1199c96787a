package io.wethodkit.contract.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.contract.Contract;
import io.wethodkit.contract.DeletionScope;
import io.wethodkit.contract.FilterOperator;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A query string read against the bundled contract: the valid query, or every failure. */
class QueryReaderTest {

  private static final Contract CONTRACT = Contract.bundled();
  private static final QueryReader READER = new QueryReader(CONTRACT);

  private static ListQuery valid(String query) {
    QueryReading reading = READER.read(query);
    assertThat(reading.failures()).as(query).isEmpty();
    return reading.query();
  }

  private static FieldFailure onlyFailure(String query) {
    QueryReading reading = READER.read(query);
    assertThat(reading.failures()).as(query).hasSize(1);
    return reading.failures().get(0);
  }

  @Test
  void defaultsComeFromTheContractAndNameNoParameter() {
    for (String query : new String[] {"", "foo=bar&x=%zz"}) {
      ListQuery read = valid(query);
      assertThat(read.limit()).isEqualTo(CONTRACT.limit().defaultValue());
      assertThat(read.offset()).isEqualTo(CONTRACT.offset().defaultValue());
      assertThat(read.deletion()).isEqualTo(DeletionScope.ACTIVE);
      assertThat(read.criteria()).isEmpty();
      assertThat(read.given()).isEmpty();
    }
  }

  @Test
  void readsEveryFormOfEveryParameterAndNamesWhatWasGiven() {
    ListQuery read =
        valid(
            "probability=gt:50&date_start=2024-06-01&updated_at=lt:2024-07-01T00:00:00%2B02:00"
                + "&deleted=only&limit=7&offset=99999999999999999999");
    assertThat(read.criteria())
        .containsExactly(
            new FilterCriterion(
                CONTRACT.filter("updated_at").orElseThrow(),
                FilterOperator.LT,
                OffsetDateTime.parse("2024-07-01T00:00:00+02:00")),
            new FilterCriterion(
                CONTRACT.filter("probability").orElseThrow(),
                FilterOperator.GT,
                BigInteger.valueOf(50)),
            new FilterCriterion(
                CONTRACT.filter("date_start").orElseThrow(),
                FilterOperator.EQ,
                LocalDate.parse("2024-06-01")));
    assertThat(read.deletion()).isEqualTo(DeletionScope.DELETED);
    assertThat(read.limit()).isEqualTo(7);
    assertThat(read.offset()).as("saturated").isEqualTo(Long.MAX_VALUE);
    assertThat(read.given())
        .isEqualTo(Set.of("probability", "date_start", "updated_at", "deleted", "limit", "offset"));
  }

  @Test
  void listsEveryFailureInContractOrderWhateverTheQueryOrder() {
    QueryReading reading =
        READER.read(
            "offset=x&limit=x&date_start=x&probability=x&deleted_at=x&deleted=x&updated_at=x");
    assertThat(reading.valid()).isFalse();
    assertThat(reading.failures())
        .extracting(FieldFailure::field)
        .containsExactly(
            "updated_at", "deleted", "deleted_at", "probability", "date_start", "limit", "offset");
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "probability | -0 | must be N, gt:N or lt:N with N an integer from 0 to 100",
        "probability | gt:-0 | must be N, gt:N or lt:N with N an integer from 0 to 100",
        "probability | 050 | must be N, gt:N or lt:N with N an integer from 0 to 100",
        "probability | +50 | must be N, gt:N or lt:N with N an integer from 0 to 100",
        "probability | 101 | must be N, gt:N or lt:N with N an integer from 0 to 100",
        "probability | ge:5 | must be N, gt:N or lt:N with N an integer from 0 to 100",
        "date_start | 2024-02-30 | must be D, gt:D or lt:D with D a calendar date YYYY-MM-DD",
        "limit | 05 | must be an integer from 1 to 100",
        "limit | 0 | must be an integer from 1 to 100",
        "limit | 1e2 | must be an integer from 1 to 100",
        "offset | -0 | must be an integer of at least 0",
        "offset | 00 | must be an integer of at least 0",
        "deleted | EXCLUDE | must be one of exclude, include, only",
        "updated_at | 2024-01-01t20:00:00Z | must be T, gt:T or lt:T with T an ISO 8601 date-time"
            + " YYYY-MM-DDTHH:MM:SS with Z or a +hh:mm/-hh:mm offset (send + as %2B)",
      })
  void refusesEveryFormButTheContractsTextFormWithItsGrammar(
      String parameter, String value, String message) {
    FieldFailure failure = onlyFailure(parameter + "=" + value);
    assertThat(failure.field()).isEqualTo(parameter);
    assertThat(failure.message()).isEqualTo(message);
    assertThat(failure.kind()).isEqualTo(FieldFailure.Kind.INVALID);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "limit=5&limit=5 | limit | must be given only once (it appears 2 times) | REPEATED",
        "offset=%zz | offset | is not valid percent-encoding of UTF-8 text (write a literal % as"
            + " %25) | UNDECODABLE",
        "date_start= | date_start | must not be empty; must be D, gt:D or lt:D with D a calendar"
            + " date YYYY-MM-DD | EMPTY",
        "deleted | deleted | must be one of exclude, include, only | EMPTY",
        "limit= | limit | must be an integer from 1 to 100 | EMPTY",
        "deleted_at=2024-01-01T20:00:00+02:00 | deleted_at | has a space where the offset's +"
            + " belongs: a raw + in a query reads as a space, so send + as %2B; must be T, gt:T"
            + " or lt:T with T an ISO 8601 date-time YYYY-MM-DDTHH:MM:SS with Z or a"
            + " +hh:mm/-hh:mm offset (send + as %2B) | PLUS_AS_SPACE",
      })
  void namesWhatIsWrongWithTheWholeParameter(
      String query, String field, String message, FieldFailure.Kind kind) {
    FieldFailure failure = onlyFailure(query);
    assertThat(failure.field()).isEqualTo(field);
    assertThat(failure.message()).isEqualTo(message);
    assertThat(failure.kind()).isEqualTo(kind);
  }
}
