package io.wethodkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The schemas that other tools read (a filter's {@code pattern}, a pagination parameter's integer
 * bounds) accept exactly the values that the kit's extensions accept, on a table of accepted and
 * refused values. Patterns are run as JSON Schema says, as ECMA-262 expressions (joni), so that
 * what holds here holds in JavaScript validators too. One difference of engines is left out of the
 * table: joni's {@code $}, like Java's, also matches before a final line break, where JavaScript's
 * does not; the CI's Prism run sends such values to JavaScript's engine.
 */
class QueryPatternsAgreeTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> PREFIXES =
      List.of(
          "", "gt:", "lt:", "eq:", "GT:", "Lt:", "gte:", "ge:", "gt", "gt::", "lt:gt:", " gt:",
          "gt: ", ":");

  private final Contract contract = Contract.bundled();
  private final JsonSchemaFactory factory =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private final SchemaValidatorsConfig ecma =
      SchemaValidatorsConfig.builder()
          .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
          .build();

  @TestFactory
  Stream<DynamicTest> eachFilterPatternAcceptsWhatItsExtensionAccepts() {
    assertThat(contract.filters()).hasSizeGreaterThanOrEqualTo(4);
    return contract.filters().stream()
        .map(
            filter ->
                DynamicTest.dynamicTest(
                    filter.parameter(),
                    () -> {
                      JsonNode schema = parameter(filter.parameter()).path("schema");
                      assertThat(schema.path("type").asText()).isEqualTo("string");
                      assertThat(schema.path("pattern").isTextual())
                          .as("pattern of %s", filter.parameter())
                          .isTrue();
                      JsonSchema validator = factory.getSchema(schema, ecma);
                      List<String> disagreements = new ArrayList<>();
                      int accepted = 0;
                      Set<String> values = values(filter);
                      for (String value : values) {
                        boolean byExtension = extensionAccepts(filter, value);
                        boolean byPattern = validator.validate(NODES.textNode(value)).isEmpty();
                        accepted += byExtension ? 1 : 0;
                        if (byExtension != byPattern) {
                          disagreements.add(
                              "'"
                                  + value
                                  + "': extension "
                                  + byExtension
                                  + ", pattern "
                                  + byPattern);
                        }
                      }
                      assertThat(disagreements).as(filter.parameter()).isEmpty();
                      // The table holds both kinds in number, or agreement would prove little.
                      assertThat(accepted).isGreaterThan(100);
                      assertThat(values.size() - accepted).isGreaterThan(100);
                    }));
  }

  @Test
  void paginationSchemasBoundWhatTheKitReads() {
    for (PageParameter page : List.of(contract.limit(), contract.offset())) {
      JsonNode schema = parameter(page.parameter()).path("schema");
      assertThat(schema.path("type").asText()).isEqualTo("integer");
      assertThat(schema.path("default").asLong()).isEqualTo(page.defaultValue());
      JsonSchema validator = factory.getSchema(schema, ecma);
      long top = page.maximum().orElse(1_000);
      for (long n = page.minimum() - 3; n <= top + 3; n++) {
        assertThat(validator.validate(NODES.numberNode(n)).isEmpty())
            .as("%s=%d", page.parameter(), n)
            .isEqualTo(page.read(Long.toString(n)).isPresent());
      }
      BigInteger huge = BigInteger.TEN.pow(30);
      assertThat(validator.validate(NODES.numberNode(huge)).isEmpty())
          .as("%s=%s", page.parameter(), huge)
          .isEqualTo(page.read(huge.toString()).isPresent());
    }
  }

  @Test
  void aContradictionBetweenPaginationAndItsSchemaIsRefused() {
    String text =
        bundledText()
            .replace(
                "      x-pagination:\n        role: limit\n",
                "      x-pagination:\n        role: limit\n        maximum: 50\n");
    assertThatThrownBy(() -> Contract.parse(text.getBytes(StandardCharsets.UTF_8), "c.yaml"))
        .isInstanceOf(ContractException.class)
        .hasMessageContaining("limit")
        .hasMessageContaining("maximum");
    String agreeing =
        bundledText()
            .replace(
                "      x-pagination:\n        role: limit\n",
                "      x-pagination:\n        role: limit\n        maximum: 100\n");
    assertThat(Contract.parse(agreeing.getBytes(StandardCharsets.UTF_8), "c.yaml").limit())
        .isEqualTo(contract.limit());
  }

  /** Whether the kit accepts {@code value}: an operator's prefix, then an operand of its form. */
  private static boolean extensionAccepts(FilterDefinition filter, String value) {
    for (FilterOperator operator : filter.operators()) {
      if (!operator.prefix().isEmpty() && value.startsWith(operator.prefix())) {
        return filter.accepts(value.substring(operator.prefix().length()));
      }
    }
    return filter.operators().contains(FilterOperator.EQ) && filter.accepts(value);
  }

  /** Operands of the filter's form, good and bad, each under every prefix of {@link #PREFIXES}. */
  private static Set<String> values(FilterDefinition filter) {
    List<String> operands =
        switch (filter.type()) {
          case INTEGER -> integers();
          case DATE -> dates();
          case DATE_TIME -> dateTimes();
        };
    Set<String> values = new LinkedHashSet<>(operands);
    for (int i = 0; i < operands.size(); i += 5) {
      for (String prefix : PREFIXES) {
        values.add(prefix + operands.get(i));
      }
    }
    return values;
  }

  private static List<String> integers() {
    List<String> out = new ArrayList<>();
    for (int n = -12; n <= 130; n++) {
      out.add(Integer.toString(n));
    }
    out.addAll(
        List.of(
            "-0",
            "00",
            "007",
            "+7",
            "7.0",
            "1e2",
            "",
            " ",
            " 5",
            "5 ",
            "\u0665",
            "0x10",
            "99999999999999999999",
            "-99999999999999999999",
            "10 0",
            "5a",
            "1_0",
            "0100",
            "100.",
            ".5"));
    return out;
  }

  private static final List<String> YEARS =
      List.of(
          "0000", "0001", "0004", "0100", "0400", "1900", "2000", "2023", "2024", "2100", "9999");

  private static List<String> dates() {
    List<String> out = new ArrayList<>();
    for (String year : YEARS) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          out.add(String.format("%s-%02d-%02d", year, month, day));
        }
      }
    }
    out.addAll(
        List.of(
            "2024-1-01",
            "24-01-01",
            "2024/01/01",
            "20240101",
            "2024-01-01T00:00:00Z",
            "2024-01-01 ",
            "+2024-01-01",
            "12024-01-01",
            "2024-01-1",
            "",
            "2024-W01-1",
            "2024-001",
            "\uff12024-01-01"));
    return out;
  }

  private static List<String> dateTimes() {
    List<String> dates =
        List.of(
            "2024-01-01",
            "2024-02-29",
            "2023-02-29",
            "2024-02-30",
            "2024-04-31",
            "2024-12-31",
            "2024-13-01",
            "2000-02-29",
            "1900-02-29",
            "0000-02-29",
            "2024-00-10");
    List<String> hours = List.of("00", "09", "19", "20", "23", "24", "29", "7");
    List<String> minutes = List.of("00", "30", "59", "60", "5");
    List<String> seconds = List.of("00", "45", "59", "60", "61");
    List<String> fractions = List.of("", ".1", ".123", ".123456789", ".1234567890", ".", ",5");
    List<String> offsets =
        List.of(
            "Z",
            "z",
            "+00:00",
            "-00:00",
            "+02:00",
            "-05:30",
            "+17:59",
            "+18:00",
            "-18:00",
            "+18:01",
            "+19:00",
            "+24:00",
            "+05:60",
            " 02:00",
            "+0200",
            "+02",
            "+02:00:00",
            "",
            "UTC");
    List<String> out = new ArrayList<>();
    // One part at a time away from a valid value, then seeded random mixtures.
    String date = "2024-01-01";
    String hour = "20";
    String minute = "00";
    String second = "00";
    String fraction = "";
    String offset = "+02:00";
    for (String d : dates) {
      out.add(d + "T" + hour + ":" + minute + ":" + second + fraction + offset);
    }
    for (String h : hours) {
      out.add(date + "T" + h + ":" + minute + ":" + second + fraction + offset);
    }
    for (String m : minutes) {
      out.add(date + "T" + hour + ":" + m + ":" + second + fraction + offset);
    }
    for (String s : seconds) {
      out.add(date + "T" + hour + ":" + minute + ":" + s + fraction + offset);
    }
    for (String f : fractions) {
      out.add(date + "T" + hour + ":" + minute + ":" + second + f + offset);
    }
    for (String o : offsets) {
      out.add(date + "T" + hour + ":" + minute + ":" + second + fraction + o);
    }
    out.addAll(
        List.of(
            "2024-01-01t20:00:00Z",
            "2024-01-01 20:00:00Z",
            "2024-01-01T20:00Z",
            "2024-01-01",
            "2024-01-01T20:00:00.000000000Z"));
    for (String d : List.of("2024-02-29", "2000-02-29", "0000-02-29", "2024-12-31", "1999-06-30")) {
      for (String o : List.of("Z", "+00:00", "-00:00", "+17:59", "+18:00", "-18:00", "+05:30")) {
        for (String f : List.of("", ".1", ".123456789")) {
          out.add(d + "T23:59:59" + f + o);
        }
      }
    }
    Random random = new Random(18);
    for (int i = 0; i < 1500; i++) {
      out.add(
          pick(random, dates)
              + "T"
              + pick(random, hours)
              + ":"
              + pick(random, minutes)
              + ":"
              + pick(random, seconds)
              + pick(random, fractions)
              + pick(random, offsets));
    }
    return out;
  }

  private static String pick(Random random, List<String> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** The operation's query parameter named {@code name}, its {@code $ref} followed. */
  private JsonNode parameter(String name) {
    JsonNode document = contract.document();
    String pointer = "/paths/" + contract.path().replace("/", "~1") + "/get/parameters";
    for (JsonNode parameter : document.at(pointer)) {
      JsonNode resolved =
          parameter.has("$ref")
              ? document.at(parameter.get("$ref").asText().substring(1))
              : parameter;
      if (name.equals(resolved.path("name").asText())) {
        return resolved;
      }
    }
    throw new AssertionError("no parameter " + name);
  }

  private static String bundledText() {
    try (InputStream in =
        QueryPatternsAgreeTest.class
            .getClassLoader()
            .getResourceAsStream(Contract.BUNDLED_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
