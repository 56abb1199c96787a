package io.wethodkit.contract.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Splitting and strict form-decoding of a query string. */
class RawQueryTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "NULL",
      value = {
        "abc, abc",
        "a+b, a b",
        "%2B02%3A00, +02:00",
        "%C3%A9, é",
        "é, é",
        "%zz, NULL",
        "%4, NULL",
        "%, NULL",
        "%C3%28, NULL",
        "%FF, NULL",
        "%e9, NULL",
        "'%٣٣', NULL",
      })
  void decodesStrictly(String raw, String decoded) {
    assertThat(RawQuery.decode(raw)).isEqualTo(decoded);
  }

  @Test
  void keepsEveryPieceInOrderWithItsRawAndDecodedValue() {
    RawQuery query = RawQuery.parse("a=1&&b&a=%zz&c=&d=x%2By+z");
    assertThat(query.parameters())
        .containsExactly(
            new RawQuery.Parameter("a", "1", "1", true),
            new RawQuery.Parameter("b", "", "", false),
            new RawQuery.Parameter("a", "%zz", null, true),
            new RawQuery.Parameter("c", "", "", true),
            new RawQuery.Parameter("d", "x%2By+z", "x+y z", true));
    assertThat(query.named("a")).hasSize(2);
    assertThat(query.value("a")).as("given twice").isEmpty();
    assertThat(query.value("d")).contains("x+y z");
    assertThat(query.has("b")).isTrue();
    assertThat(query.has("e")).isFalse();
    assertThat(query.named("e")).isEmpty();
  }

  @Test
  void decodesNamesAndKeepsARawNameThatDoesNotDecode() {
    RawQuery query = RawQuery.parse("lim%69t=5&%zz=1&a=%3D=");
    assertThat(query.parameters())
        .extracting(RawQuery.Parameter::name)
        .containsExactly("limit", "%zz", "a");
    assertThat(query.value("a")).contains("==");
  }

  @Test
  void keepsOnlyTheNamesAskedFor() {
    RawQuery query = RawQuery.parse("foo=%zz&limit=2&bar=1&limit=3", Set.of("limit"));
    assertThat(query.parameters())
        .extracting(RawQuery.Parameter::text)
        .isEqualTo(List.of("2", "3"));
  }

  @Test
  void anEmptyOrMissingQueryHasNoParameter() {
    assertThat(RawQuery.parse(null).isEmpty()).isTrue();
    assertThat(RawQuery.parse("").isEmpty()).isTrue();
    assertThat(RawQuery.parse("&&&").isEmpty()).isTrue();
  }
}
