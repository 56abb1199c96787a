package io.wethodkit.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The suite's reading of the contract's filter semantics, on hand-made projects. */
class FilterSemanticsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Contract contract = Contract.bundled();
  private final FilterDefinition updatedAt = contract.filter("updated_at").orElseThrow();
  private final FilterDefinition deletedAt = contract.filter("deleted_at").orElseThrow();
  private final FilterDefinition probability = contract.filter("probability").orElseThrow();
  private final FilterDefinition dateStart = contract.filter("date_start").orElseThrow();

  @Test
  void onADateIsReadInTheValuesOwnOffset() throws Exception {
    JsonNode lateJune30Utc = project("{\"updated_at\": \"2024-06-30T22:02:00.000Z\"}");
    var plusTwo = dateTime("2024-07-01T00:00:00+02:00");
    var utc = dateTime("2024-06-30T12:00:00Z");

    assertThat(matches(updatedAt, FilterOperator.EQ, plusTwo, lateJune30Utc)).isTrue();
    assertThat(matches(updatedAt, FilterOperator.EQ, utc, lateJune30Utc)).isTrue();
    assertThat(
            matches(
                updatedAt, FilterOperator.EQ, dateTime("2024-06-30T23:00:00+02:00"), lateJune30Utc))
        .isFalse();
  }

  @Test
  void greaterAndLowerAreStrict() throws Exception {
    JsonNode fifty =
        project(
            "{\"probability\": 50, \"date_start\": \"2024-12-01\", \"updated_at\":"
                + " \"2024-01-01T10:00:00Z\"}");

    assertThat(matches(probability, FilterOperator.GT, integer(50), fifty)).isFalse();
    assertThat(matches(probability, FilterOperator.GT, integer(49), fifty)).isTrue();
    assertThat(matches(probability, FilterOperator.LT, integer(50), fifty)).isFalse();
    assertThat(matches(probability, FilterOperator.EQ, integer(50), fifty)).isTrue();
    assertThat(matches(dateStart, FilterOperator.GT, date("2024-12-01"), fifty)).isFalse();
    assertThat(matches(dateStart, FilterOperator.LT, date("2024-12-02"), fifty)).isTrue();
    assertThat(matches(updatedAt, FilterOperator.GT, dateTime("2024-01-01T12:00:00+02:00"), fifty))
        .isFalse();
    assertThat(
            matches(updatedAt, FilterOperator.LT, dateTime("2024-01-01T12:00:00.001+02:00"), fifty))
        .isTrue();
  }

  @Test
  void aNullFieldNeverMatches() throws Exception {
    JsonNode active = project("{\"deleted_at\": null}");
    for (FilterOperator operator : FilterOperator.values()) {
      assertThat(matches(deletedAt, operator, dateTime("2024-01-01T00:00:00Z"), active)).isFalse();
    }
  }

  private static boolean matches(
      FilterDefinition filter,
      FilterOperator operator,
      FilterSemantics.Operand operand,
      JsonNode project) {
    return FilterSemantics.predicate(filter, operator, operand).test(project);
  }

  private static JsonNode project(String json) throws Exception {
    return JSON.readTree(json);
  }

  private static FilterSemantics.Operand integer(long value) {
    return new FilterSemantics.IntegerOperand(BigDecimal.valueOf(value));
  }

  private static FilterSemantics.Operand date(String value) {
    return new FilterSemantics.DateOperand(LocalDate.parse(value));
  }

  private static FilterSemantics.Operand dateTime(String value) {
    return new FilterSemantics.DateTimeOperand(OffsetDateTime.parse(value));
  }
}
