package io.wethodkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text forms of the contract's extensions, one reading for filters and pagination. */
class TextFormsTest {

  private final Contract contract = Contract.bundled();

  @ParameterizedTest
  @ValueSource(strings = {"0", "7", "42", "-7", "100", "99999999999999999999999"})
  void integersInTheirOneForm(String text) {
    assertThat(TextForms.integer(text)).contains(new BigInteger(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0", "007", "00", "+7", "7.0", "1e2", " 7", "7 ", "", "-", "0x10"})
  void integersInAnyOtherFormAreRefused(String text) {
    assertThat(TextForms.integer(text)).isEmpty();
  }

  @Test
  void minusZeroIsRefusedByEveryIntegerFilterAndByPagination() {
    FilterDefinition probability = contract.filter("probability").orElseThrow();
    assertThat(probability.accepts("0")).isTrue();
    assertThat(probability.accepts("-0")).isFalse();
    assertThat(contract.offset().read("0")).isEqualTo(OptionalLong.of(0));
    assertThat(contract.offset().read("-0")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"05", "+5", "5.0", "1e2", "0", "101", "-1", " 5"})
  void limitRefusesWhatTheTextFormOrItsBoundsRefuse(String text) {
    assertThat(contract.limit().read(text)).isEmpty();
  }

  @Test
  void paginationReadsItsBoundsAndSaturatesHugeOffsets() {
    assertThat(contract.limit().read("1")).hasValue(1);
    assertThat(contract.limit().read("100")).hasValue(100);
    assertThat(contract.offset().read("99999999999999999999")).hasValue(Long.MAX_VALUE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-01-01T20:00:00Z",
        "2024-01-01T20:00:00.5+02:00",
        "2024-01-01T20:00:00.123456789-05:00"
      })
  void dateTimesInTheirOneForm(String text) {
    assertThat(TextForms.dateTime(text)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-01-01t20:00:00Z",
        "2024-01-01T20:00:00z",
        "2024-01-01 20:00:00Z",
        "2024-01-01T20:00:00",
        "2024-01-01T20:00Z",
        "2024-01-01T20:00:00+0200",
        "2024-01-01T20:00:00.Z",
        "2024-01-01T25:00:00Z",
        "2023-02-29T10:00:00Z"
      })
  void dateTimesInAnyOtherFormAreRefused(String text) {
    assertThat(TextForms.dateTime(text)).isEmpty();
  }

  @Test
  void aDateTimeNamesItsInstant() {
    assertThat(TextForms.dateTime("2024-07-01T00:02:00+02:00").orElseThrow().toInstant())
        .isEqualTo(Instant.parse("2024-06-30T22:02:00Z"));
  }

  @Test
  void aPlusSentRawIsRecognised() {
    assertThat(TextForms.isDateTimeWithSpaceForPlus("2024-01-01T20:00:00 02:00")).isTrue();
    assertThat(TextForms.isDateTimeWithSpaceForPlus("2024-01-01T20:00:00Z")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-30", "2024-1-1", "20240101", "2024-01-01T00:00:00Z"})
  void datesInAnyOtherFormAreRefused(String text) {
    assertThat(TextForms.date(text)).isEmpty();
  }
}
