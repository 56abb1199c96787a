package io.wethodkit.contract.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.RememberedPatterns;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules read from a schema refuse exactly what the validator refuses (with integers written as
 * integers where a property's type allows them), on generated tables of good and bad objects: the
 * contract's Project, and small schemas that use each keyword the rules read.
 */
class ScalarObjectSchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Contract CONTRACT = Contract.bundled();

  /** Values that sit on the edges of the types, bounds, lengths, patterns and formats. */
  private static final List<String> VALUES =
      List.of(
          "null",
          "true",
          "false",
          "0",
          "1",
          "-1",
          "49",
          "50",
          "100",
          "101",
          "-0",
          "9223372036854775807",
          "9223372036854775808",
          "-9223372036854775809",
          "123456789012345678901234567890",
          "1.5",
          "11.0",
          "1e2",
          "-0.0",
          "1E400",
          "\"\"",
          "\"x\"",
          "\"ab\"",
          "\"abc\"",
          "\"\\u00e9\\u00e9\"",
          "\"\\ud83d\\ude00\\ud83d\\ude00\"",
          "\"North\"",
          "\"2024-06-30T21:58:00.000Z\"",
          "\"2024-06-30T21:58:00Z\"",
          "\"2024-06-30T21:58:00.123456789+02:00\"",
          "\"2024-06-30T21:58:00.1234567890Z\"",
          "\"2024-06-30t21:58:00Z\"",
          "\"2024-06-30T21:58:00z\"",
          "\"2024-06-30 21:58:00Z\"",
          "\"2024-06-30T24:00:00Z\"",
          "\"2016-12-31T23:59:60Z\"",
          "\"2024-06-30T21:58:60Z\"",
          "\"2024-06-30T21:58:00+18:00\"",
          "\"2024-06-30T21:58:00+19:00\"",
          "\"2024-06-30T21:58:00Z\\n\"",
          "\"2024-02-29\"",
          "\"2023-02-29\"",
          "\"2024-02-30\"",
          "\"0000-01-01\"",
          "\"2024-6-3\"",
          "\"2024-06-30\\n\"",
          "\"x2024-06-30\"",
          "[]",
          "[1]",
          "{}",
          "{\"a\": 1}");

  @Test
  void theContractsProjectIsReadAndRefusesWhatTheValidatorRefuses() {
    JsonNode schema = CONTRACT.document().at("/components/schemas/Project");
    ScalarObjectSchema rules = ScalarObjectSchema.compile(schema).orElseThrow();
    List<String> names = new ArrayList<>();
    schema.path("properties").fieldNames().forEachRemaining(names::add);
    names.addAll(List.of("metadata_13", "metadata_1", "metadata_0", "metadata_x", "extra", "Id"));
    ObjectNode base = (ObjectNode) parse(VALID_PROJECT);
    assertThat(rules.accepts(base)).isTrue();

    int[] verdicts =
        compare(
            rules,
            node -> CONTRACT.schemas().validateComponent("Project", node).isEmpty(),
            schema,
            base,
            names,
            20_000,
            1);
    assertThat(verdicts[0]).as("accepted").isGreaterThan(1_000);
    assertThat(verdicts[1]).as("refused").isGreaterThan(1_000);
  }

  /** Each a schema and, after " | ", the object that the changes start from (else {}). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"type\": \"object\", \"required\": [\"a\"], \"properties\": {"
            + "\"a\": {\"type\": \"integer\", \"minimum\": 0.5, \"exclusiveMaximum\": 100},"
            + "\"b\": {\"type\": [\"integer\", \"null\"], \"exclusiveMinimum\": -1, \"maximum\": 50.5},"
            + "\"c\": {\"type\": \"number\"},"
            + "\"d\": {\"type\": \"integer\", \"minimum\": 9223372036854775807}}}"
            + " | {\"a\": 1}",
        "{\"type\": \"object\", \"properties\": {"
            + "\"a\": {\"type\": \"string\", \"minLength\": 2, \"maxLength\": 3},"
            + "\"b\": {\"type\": [\"string\", \"boolean\"], \"pattern\": \"b|\\\\d{4}\"},"
            + "\"c\": {\"pattern\": \"^[a-z]+$\"}}}",
        "{\"type\": \"object\", \"properties\": {"
            + "\"a\": {\"type\": \"string\", \"format\": \"date-time\"},"
            + "\"b\": {\"type\": [\"string\", \"null\"], \"format\": \"date\"},"
            + "\"c\": {\"format\": \"date\", \"pattern\": \"^2024\"}}}",
        "{\"type\": \"object\", \"additionalProperties\": false, \"propertyNames\": "
            + "{\"pattern\": \"^[a-c]$|^m_\"}, \"properties\": {\"a\": true, \"b\": false,"
            + "\"c\": {\"type\": \"array\"}}, \"patternProperties\": {\"^m_\": {\"type\": \"string\","
            + "\"minLength\": 1}, \"^[a-b]\": {\"type\": [\"string\", \"number\"]}}}",
        "{\"properties\": {\"a\": {\"type\": [\"object\", \"null\", \"boolean\"]}},"
            + " \"description\": \"x\", \"x-note\": 1}"
      })
  void eachKeywordReadRefusesWhatTheValidatorRefuses(String schemaAndBase) {
    String[] parts = schemaAndBase.split(" \\| ");
    JsonNode schema = parse(parts[0]);
    ObjectNode base = parts.length > 1 ? (ObjectNode) parse(parts[1]) : MAPPER.createObjectNode();
    ScalarObjectSchema rules = ScalarObjectSchema.compile(schema).orElseThrow();
    JsonSchema validator = validator(schema);
    List<String> names = List.of("a", "b", "c", "d", "m_1", "e", "ab");
    int[] verdicts =
        compare(rules, node -> validator.validate(node).isEmpty(), schema, base, names, 10_000, 7);
    assertThat(verdicts[0]).as("accepted").isGreaterThan(300);
    assertThat(verdicts[1]).as("refused").isGreaterThan(300);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"properties\": {\"a\": {\"enum\": [1, 2]}}}",
        "{\"properties\": {\"a\": {\"$ref\": \"#/$defs/x\"}}, \"$defs\": {\"x\": {}}}",
        "{\"properties\": {\"a\": {\"type\": \"string\", \"format\": \"email\"}}}",
        "{\"properties\": {\"a\": {\"type\": \"number\", \"minimum\": 1}}}",
        "{\"patternProperties\": {\"^a\": {\"type\": \"integer\"}}}",
        "{\"additionalProperties\": {\"type\": \"string\"}}",
        "{\"properties\": {\"a\": {\"properties\": {}}}}",
        "{\"allOf\": [{}]}",
        "{\"type\": \"array\"}",
        "{\"properties\": {\"a\": {\"type\": \"string\", \"nullable\": true}}}"
      })
  void aSchemaWithAnAssertionTheRulesDoNotReadHasNoRules(String schemaText) {
    assertThat(ScalarObjectSchema.compile(parse(schemaText))).isEmpty();
  }

  /**
   * Compares the verdicts of {@code rules} and of {@code validator} (plus the integer-token rule)
   * on {@code count} objects made from {@code base} by one to three changes of seeded random names
   * to random values (or removals); returns how many each accepted and refused.
   */
  private static int[] compare(
      ScalarObjectSchema rules,
      Predicate<JsonNode> validator,
      JsonNode schema,
      ObjectNode base,
      List<String> names,
      int count,
      long seed) {
    Random random = new Random(seed);
    int accepted = 0;
    int refused = 0;
    for (int i = 0; i < count; i++) {
      ObjectNode object = base.deepCopy();
      for (int change = 0, changes = 1 + random.nextInt(3); change < changes; change++) {
        String name = names.get(random.nextInt(names.size()));
        if (random.nextInt(8) == 0) {
          object.remove(name);
        } else {
          object.set(name, parse(VALUES.get(random.nextInt(VALUES.size()))));
        }
      }
      boolean expected = validator.test(object) && integersAreIntegers(schema, object);
      assertThat(rules.accepts(object)).as(object.toString()).isEqualTo(expected);
      if (expected) {
        accepted++;
      } else {
        refused++;
      }
    }
    return new int[] {accepted, refused};
  }

  /** No number with a fraction in a property whose declared type allows integers. */
  private static boolean integersAreIntegers(JsonNode schema, JsonNode object) {
    for (var it = object.fields(); it.hasNext(); ) {
      var field = it.next();
      JsonNode type = schema.path("properties").path(field.getKey()).path("type");
      boolean integer =
          type.asText().equals("integer")
              || (type.isArray() && type.toString().contains("\"integer\""));
      if (integer && field.getValue().isNumber() && !field.getValue().isIntegralNumber()) {
        return false;
      }
    }
    return true;
  }

  private static JsonSchema validator(JsonNode schema) {
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .regularExpressionFactory(RememberedPatterns.FACTORY)
            .build();
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  private static final String VALID_PROJECT =
      "{\"id\":2,\"created_at\":\"2020-04-25T09:53:38.907Z\","
          + "\"updated_at\":\"2021-08-29T09:53:38.907Z\",\"name\":\"Data platform\","
          + "\"job_order\":\"JO-2020-000002\",\"purchase_order\":null,\"value\":284.15,"
          + "\"probability\":100,\"date_start\":\"2020-07-01\",\"duration\":10,"
          + "\"is_archived\":true,\"archived_on\":\"2021-08-29\",\"due_date\":null,"
          + "\"signed_on\":\"2020-05-19\",\"job_order_category_id\":2,\"project_type_id\":2,"
          + "\"client_id\":4,\"pm_id\":11,\"account_id\":13,\"client_contact_id\":null,"
          + "\"reason_why_id\":1,\"business_unit_id\":null,\"billing_group_id\":null,"
          + "\"deleted_at\":null,\"metadata_13\":\"Public sector\"}";
}
