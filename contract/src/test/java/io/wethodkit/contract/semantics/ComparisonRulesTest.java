package io.wethodkit.contract.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.FilterValueType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each filter keeps, by the standard rules and by rules with one comparison swapped. */
class ComparisonRulesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Contract CONTRACT = Contract.bundled();
  private static final QueryReader READER = new QueryReader(CONTRACT);
  private static final ComparisonRules RULES = ComparisonRules.standard();

  private static FilterCriterion criterion(String query) {
    QueryReading reading = READER.read(query);
    assertThat(reading.failures()).as(query).isEmpty();
    return reading.query().criteria().get(0);
  }

  /** A project whose {@code field} holds {@code value}: a JSON number when it reads as one. */
  private static JsonNode project(String field, String value) {
    ObjectNode project = JSON.createObjectNode().put("id", 1);
    if (value == null) {
      project.putNull(field);
    } else if (value.matches("-?[0-9.eE+]+") && !value.contains("-0")) {
      project.put(field, new BigDecimal(value));
    } else {
      project.put(field, value);
    }
    return project;
  }

  private static boolean keeps(String query, String field, String value) {
    return RULES.keeps(criterion(query), project(field, value));
  }

  @ParameterizedTest(name = "{0} on {1} = {2}")
  @CsvSource({
    "probability=gt:50, 50, false",
    "probability=gt:50, 51, true",
    "probability=gt:50, 50.5, true",
    "probability=lt:50, 50, false",
    "probability=lt:50, 49, true",
    "probability=lt:50, 49.99, true",
    "probability=50, 50, true",
    "probability=50, 50.0, true",
    "probability=50, 1e30, false",
    "probability=lt:100, 1e30, false",
    "probability=gt:0, 1e30, true",
    "probability=0, 0, true",
    "probability=gt:0, 0, false",
    "probability=lt:100, 100, false",
  })
  void integersCompareAsNumbersAndStrictly(String query, String value, boolean kept) {
    assertThat(keeps(query, "probability", value)).isEqualTo(kept);
  }

  @Test
  void aNumberSentAsTextStillComparesAsANumber() {
    JsonNode text = JSON.createObjectNode().put("probability", "60");
    assertThat(RULES.keeps(criterion("probability=gt:50"), text)).isTrue();
    JsonNode word = JSON.createObjectNode().put("probability", "high");
    assertThat(RULES.keeps(criterion("probability=gt:50"), word)).isFalse();
  }

  @ParameterizedTest(name = "{0} on {1} = {2}")
  @CsvSource({
    "date_start=2024-12-01, 2024-12-01, true",
    "date_start=2024-12-01, 2024-12-02, false",
    "date_start=gt:2024-12-01, 2024-12-01, false",
    "date_start=gt:2024-12-01, 2025-01-01, true",
    "date_start=lt:2025-01-01, 2024-12-01, true",
    "date_start=lt:2025-01-01, 2025-01-01, false",
    "date_start=lt:2025-01-01, 2024-02-30, false",
    "date_start=lt:2025-01-01, 2024-06-30T10:00:00Z, false",
  })
  void datesCompareAsCalendarDates(String query, String value, boolean kept) {
    assertThat(keeps(query, "date_start", value)).isEqualTo(kept);
  }

  @ParameterizedTest(name = "{0} on {1} = {2}")
  @CsvSource({
    // 21:58Z is 23:58 on June 30 at +02:00; 22:02Z is 00:02 on July 1.
    "updated_at=2024-06-30T08:00:00%2B02:00, 2024-06-30T21:58:00.000Z, true",
    "updated_at=2024-06-30T08:00:00%2B02:00, 2024-06-30T22:02:00.000Z, false",
    "updated_at=2024-07-01T23:59:59%2B02:00, 2024-06-30T22:02:00.000Z, true",
    "updated_at=2024-07-01T00:00:00%2B02:00, 2024-06-30T22:00:00Z, true",
    "updated_at=2024-07-01T00:00:00%2B02:00, 2024-06-30T21:59:59.999999999Z, false",
    "updated_at=2024-07-01T00:00:00%2B02:00, 2024-07-01T22:00:00Z, false",
    // 04:55Z is 23:55 on March 9 at -05:00.
    "updated_at=2024-03-09T00:00:00-05:00, 2024-03-10T04:55:00.000Z, true",
    "updated_at=2024-03-10T00:00:00Z, 2024-03-10T04:55:00.000Z, true",
    "updated_at=2024-03-10T12:00:00-05:00, 2024-03-10T04:55:00.000Z, false",
    "updated_at=2024-03-10T12:00:00-05:00, 2024-03-10T09:55:00+05:00, false",
    "updated_at=gt:2024-12-31T23:59:30Z, 2024-12-31T23:59:30.000Z, false",
    "updated_at=gt:2024-12-31T23:59:29.999999999Z, 2024-12-31T23:59:30.000Z, true",
    "updated_at=gt:2024-12-31T23:59:30Z, 2025-01-01T01:59:30.000000001+02:00, true",
    "updated_at=lt:2025-01-01T01:59:30%2B02:00, 2024-12-31T23:59:30.000Z, false",
    "updated_at=lt:2025-01-01T01:59:30.001%2B02:00, 2024-12-31T23:59:30.000Z, true",
    "updated_at=gt:2024-01-01T00:00:00Z, 2024-06-30, false",
    "updated_at=gt:2024-01-01T00:00:00Z, yesterday, false",
  })
  void dateTimesCompareAsInstantsAndOnADateUsesTheOperandsOffset(
      String query, String value, boolean kept) {
    assertThat(keeps(query, "updated_at", value)).isEqualTo(kept);
  }

  @Test
  void aNullOrAbsentFieldNeverMatches() {
    for (String query :
        List.of(
            "probability=0",
            "probability=gt:0",
            "probability=lt:100",
            "date_start=lt:2999-01-01",
            "deleted_at=2024-01-01T00:00:00Z",
            "deleted_at=gt:1970-01-01T00:00:00Z",
            "deleted_at=lt:2999-01-01T00:00:00Z")) {
      String field = query.substring(0, query.indexOf('='));
      assertThat(keeps(query, field, null)).as(query).isFalse();
      assertThat(RULES.keeps(criterion(query), JSON.createObjectNode())).as(query).isFalse();
    }
  }

  @Test
  void theIntervalsAreTheContractsText() {
    assertThat(RULES.interval(criterion("probability=gt:50")))
        .isEqualTo(Interval.above(new BigDecimal(50)));
    assertThat(RULES.interval(criterion("probability=lt:50")))
        .isEqualTo(Interval.below(new BigDecimal(50)));
    assertThat(RULES.interval(criterion("probability=50")))
        .isEqualTo(Interval.exactly(new BigDecimal(50)));
    assertThat(RULES.interval(criterion("updated_at=2024-07-01T10:00:00%2B02:00")))
        .isEqualTo(
            Interval.from(
                Instant.parse("2024-06-30T22:00:00Z"), Instant.parse("2024-07-01T22:00:00Z")));
  }

  @Test
  void oneSwappedComparisonChangesThatOperatorOnly() {
    ComparisonRules inclusive = RULES.with(FilterOperator.GT, Comparison.AT_LEAST);
    JsonNode fifty = project("probability", "50");
    assertThat(RULES.keeps(criterion("probability=gt:50"), fifty)).isFalse();
    assertThat(inclusive.keeps(criterion("probability=gt:50"), fifty)).isTrue();
    assertThat(inclusive.keeps(criterion("probability=lt:50"), fifty)).isFalse();
    assertThat(inclusive.keeps(criterion("probability=49"), fifty)).isFalse();
    assertThat(inclusive.comparison(FilterValueType.DATE, FilterOperator.GT))
        .isSameAs(Comparison.AT_LEAST);
    assertThat(RULES.comparison(FilterValueType.DATE, FilterOperator.GT))
        .as("the standard rules are not changed")
        .isSameAs(Comparison.GREATER);

    ComparisonRules utcDates =
        RULES.with(
            FilterValueType.DATE_TIME,
            FilterOperator.EQ,
            (operand, point) ->
                Comparison.ON_ITS_DATE.keeps(
                    ((java.time.OffsetDateTime) operand)
                        .withOffsetSameInstant(java.time.ZoneOffset.UTC),
                    point));
    JsonNode lateUtc = project("updated_at", "2024-06-30T22:30:00Z");
    FilterCriterion july1 = criterion("updated_at=2024-07-01T10:00:00%2B02:00");
    assertThat(RULES.keeps(july1, lateUtc)).isTrue();
    assertThat(utcDates.keeps(july1, lateUtc)).isFalse();
    assertThat(utcDates.comparison(FilterValueType.DATE, FilterOperator.EQ))
        .isSameAs(Comparison.EQUAL);
  }
}
