package io.wethodkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every example the contract gives conforms to the schema it illustrates. */
class ContractExamplesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Contract contract = Contract.bundled();

  @TestFactory
  Stream<DynamicTest> everyResponseExampleValidatesAgainstItsSchema() {
    JsonNode responses = contract.document().at("/paths/~1api~1projects/get/responses");
    List<DynamicTest> tests = new ArrayList<>();
    responses
        .fields()
        .forEachRemaining(
            response -> {
              int status = Integer.parseInt(response.getKey());
              JsonNode examples = response.getValue().at("/content/application~1json/examples");
              examples
                  .fields()
                  .forEachRemaining(
                      example ->
                          tests.add(
                              DynamicTest.dynamicTest(
                                  status + " " + example.getKey(),
                                  () ->
                                      assertThat(
                                              contract
                                                  .schemas()
                                                  .validateResponse(
                                                      status, example.getValue().get("value")))
                                          .isEmpty())));
            });
    assertThat(tests).hasSizeGreaterThanOrEqualTo(5);
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyFilterExampleFollowsItsGrammar() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode parameter : parameters()) {
      String name = parameter.path("name").asText();
      FilterDefinition filter = contract.filter(name).orElse(null);
      if (filter == null) {
        continue;
      }
      parameter
          .path("examples")
          .fields()
          .forEachRemaining(
              example -> {
                String value = example.getValue().get("value").asText();
                tests.add(
                    DynamicTest.dynamicTest(
                        name + " " + example.getKey(),
                        () -> assertThat(filter.accepts(operand(filter, value))).isTrue()));
              });
    }
    assertThat(tests).hasSizeGreaterThanOrEqualTo(12);
    return tests.stream();
  }

  @Test
  void paginationExamplesAndDefaultsFollowTheirGrammar() {
    for (PageParameter page : List.of(contract.limit(), contract.offset())) {
      JsonNode parameter = parameterNamed(page.parameter());
      assertThat(page.read(parameter.path("example").asText())).isPresent();
      assertThat(page.read(parameter.at("/schema/default").asText())).hasValue(page.defaultValue());
    }
  }

  private JsonNode parameterNamed(String name) {
    for (JsonNode parameter : parameters()) {
      if (parameter.path("name").asText().equals(name)) {
        return parameter;
      }
    }
    throw new AssertionError("no parameter " + name);
  }

  /** The parameters of the list operation, each {@code $ref} followed. */
  private List<JsonNode> parameters() {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode parameter : contract.document().at("/paths/~1api~1projects/get/parameters")) {
      out.add(
          parameter.has("$ref")
              ? contract.document().at(parameter.get("$ref").asText().substring(1))
              : parameter);
    }
    return out;
  }

  @Test
  void headTakesTheParametersOfGetAndOptionsAndOtherMethodsAreDescribed() {
    JsonNode path = contract.document().at("/paths/~1api~1projects");
    assertThat(path.at("/head/parameters")).isEqualTo(path.at("/get/parameters"));
    assertThat(path.at("/head/responses").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("200", "400", "401", "403", "412");
    assertThat(path.at("/options/responses/204/headers/Allow").isMissingNode()).isFalse();
    for (String method : List.of("post", "put", "patch", "delete", "trace")) {
      assertThat(path.at("/" + method + "/responses").fieldNames())
          .as(method)
          .toIterable()
          .containsExactly("405");
    }
    JsonNode example =
        contract
            .document()
            .at(
                "/components/responses/MethodNotAllowed/content/application~1json/examples/post/value");
    assertThat(
            contract
                .schemas()
                .validate(
                    "/components/responses/MethodNotAllowed/content/application~1json/schema",
                    example))
        .isEmpty();
  }

  @Test
  void theServerIsTheApisOneHost() {
    assertThat(contract.document().at("/servers/0/url").asText())
        .isEqualTo("https://api.wethod.com");
  }

  @Test
  void noExampleIsAnUnquotedYamlTimestamp() throws Exception {
    // A YAML 1.1 reader turns a plain 2024-01-01T20:00:00+02:00 into a date and loses its offset.
    Pattern plainTimestamp =
        Pattern.compile("^\\s*(- +)?([\\w-]+: +)?[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ]|\\s*$)");
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream(Contract.BUNDLED_RESOURCE)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> plain =
          text.lines().filter(line -> plainTimestamp.matcher(line).find()).toList();
      assertThat(plain).isEmpty();
      assertThat(plainTimestamp.matcher("      value: 2024-01-01T20:00:00+02:00").find()).isTrue();
    }
  }

  private static String operand(FilterDefinition filter, String value) {
    for (FilterOperator operator : filter.operators()) {
      if (!operator.prefix().isEmpty() && value.startsWith(operator.prefix())) {
        return value.substring(operator.prefix().length());
      }
    }
    return value;
  }

  @Test
  void everyErrorExampleUsesTheKeyItsSchemaFixes() {
    for (int status : List.of(400, 401, 403, 412)) {
      JsonNode examples =
          contract
              .document()
              .at(
                  "/paths/~1api~1projects/get/responses/"
                      + status
                      + "/content/application~1json/examples");
      examples
          .elements()
          .forEachRemaining(
              example ->
                  assertThat(example.at("/value/key").asText())
                      .isEqualTo(contract.error(status).key()));
    }
  }

  @Test
  void theProjectSchemaRejectsWhatTheContractForbids() throws Exception {
    ObjectNode project = sampleProject();
    assertThat(contract.schemas().validateComponent("Project", project)).isEmpty();

    Map<String, JsonNode> breakages =
        Map.of(
            "value", JSON.getNodeFactory().textNode("1.5"),
            "probability", JSON.getNodeFactory().numberNode(101),
            "metadata_13", JSON.getNodeFactory().nullNode(),
            "date_start", JSON.getNodeFactory().textNode("2024-02-30"),
            "pm_id", JSON.getNodeFactory().numberNode(0));
    for (Map.Entry<String, JsonNode> breakage : breakages.entrySet()) {
      ObjectNode broken = project.deepCopy();
      broken.set(breakage.getKey(), breakage.getValue());
      assertThat(contract.schemas().validateComponent("Project", broken))
          .as("Project with %s = %s", breakage.getKey(), breakage.getValue())
          .isNotEmpty();
    }
    ObjectNode missingRequired = project.deepCopy();
    missingRequired.remove("client_id");
    assertThat(contract.schemas().validateComponent("Project", missingRequired)).isNotEmpty();
    ObjectNode absentOptional = project.deepCopy();
    absentOptional.remove("account_id");
    assertThat(contract.schemas().validateComponent("Project", absentOptional)).isEmpty();
  }

  private ObjectNode sampleProject() {
    JsonNode example =
        contract
            .document()
            .at(
                "/paths/~1api~1projects/get/responses/200/content/application~1json/examples/projects/value/0");
    return (ObjectNode) example.deepCopy();
  }
}
