package io.wethodkit.mock.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.testing.ContractCopies;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.junit.WethodMock;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.support.Calls;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The console's page and admin routes over HTTP. */
@WethodMock
class ConsoleAdminApiTest {

  private static final String CONSOLE = "/__admin/projects-mock/console";

  @Test
  void servesOneSelfContainedPageAtTheRootAndUnderTheAdminPath(MockServer mock) {
    for (String path : List.of("/", CONSOLE)) {
      Response page = Calls.raw(mock).get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.contentType()).startsWith("text/html");
      assertThat(page.asString())
          .contains("<title>Wethod projects mock: console</title>", "function adminFetch")
          .doesNotContain("/* console.css */", "/* console.js */")
          .doesNotContainPattern("(src|href)=\"(https?:)?//")
          .doesNotContain("<script src", "<link rel=\"stylesheet\"");
    }
  }

  @Test
  void aStubOfTheUsersAtTheRootTakesOver(MockServer mock) {
    mock.wireMock().stubFor(get(urlPathEqualTo("/")).willReturn(aResponse().withBody("mine")));
    assertThat(Calls.raw(mock).get("/").asString()).isEqualTo("mine");
  }

  @Test
  void theFormModelIsReadFromTheContract() {
    try (MockServer mock =
        MockServer.builder().contract(ContractCopies.withDurationFilter()).build().start()) {
      JsonNode model = json(Calls.raw(mock).get(CONSOLE + "/model"), 200);
      List<String> filters = new ArrayList<>();
      model.get("filters").forEach(f -> filters.add(f.get("parameter").asText()));
      assertThat(filters)
          .isEqualTo(mock.contract().filters().stream().map(f -> f.parameter()).toList())
          .contains("duration");
      JsonNode duration = model.get("filters").get(filters.indexOf("duration"));
      assertThat(duration.get("minimum").asLong()).isEqualTo(1);
      assertThat(duration.get("operators").findValuesAsText("prefix"))
          .containsExactly("", "gt:", "lt:");
      assertThat(model.at("/deletion/default").asText()).isEqualTo("exclude");
      assertThat(model.at("/limit/maximum").asLong()).isEqualTo(100);
      assertThat(model.get("companies").findValuesAsText("slug")).containsExactly("acme", "globex");
    }
  }

  @Test
  void recordsCallsTheSameWayOnBothServingPaths(MockServer mock) {
    Calls.list(mock, "probability=gt:50", Calls.headers("tok-view", "acme"));
    // A stub of the user's, on another path, sends every request through WireMock's filter.
    mock.wireMock().stubFor(get(urlPathEqualTo("/elsewhere")).willReturn(aResponse()));
    Calls.list(mock, "probability=gt:50", Calls.headers("tok-view", "acme"));
    Calls.list(mock, "", Map.of());

    JsonNode answer = json(Calls.raw(mock).get(CONSOLE + "/calls?after=0"), 200);
    List<JsonNode> calls = list(answer.get("calls"));
    assertThat(calls).hasSizeGreaterThanOrEqualTo(3);
    JsonNode unauthorized = calls.get(0);
    assertThat(unauthorized.get("status").asInt()).isEqualTo(401);
    assertThat(unauthorized.get("cause").asText()).isEqualTo("missing-authorization");
    assertThat(unauthorized.get("identity").isNull()).isTrue();
    for (JsonNode listed : calls.subList(1, 3)) {
      assertThat(listed.get("identity").asText()).isEqualTo("view");
      assertThat(listed.get("query").asText()).isEqualTo("probability=gt:50");
      assertThat(listed.get("status").asInt()).isEqualTo(200);
      assertThat(listed.get("cause").isNull()).isTrue();
      assertThat(listed.get("micros").asLong()).isPositive();
    }
    long last = answer.get("last").asLong();
    Calls.list(mock, "", Calls.headers("tok-none", "acme"));
    List<JsonNode> newer =
        list(json(Calls.raw(mock).get(CONSOLE + "/calls?after=" + last), 200).get("calls"));
    assertThat(newer).hasSize(1);
    assertThat(newer.get(0).get("cause").asText()).isEqualTo("no-permission");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "-1", "1.5", ""})
  void aBadCallNumberIsA400(String after, MockServer mock) {
    JsonNode error = json(Calls.raw(mock).get(CONSOLE + "/calls?after=" + after), 400);
    assertThat(error.get("key").asText()).isEqualTo("invalid_data");
    assertThat(error.get("message").asText()).startsWith("after: ");
  }

  @Test
  void explainsA403WithItsCauseFactsAndTheContractsInterpretations(MockServer mock) {
    JsonNode why = explain(mock, "Bearer tok-view", "globex", "2024-06-15", "");
    assertThat(why.get("status").asInt()).isEqualTo(403);
    assertThat(why.get("cause").asText()).isEqualTo("no-company-access");
    assertThat(why.get("interpretations").findValuesAsText("number"))
        .isEqualTo(marked(mock.contract(), "/responses/403/x-interpretation"));
    assertThat(why.get("facts").get(0).asText()).contains("'view' has no access to 'globex'");
  }

  @Test
  void explainsEveryFailureOfA400WithItsParametersInterpretations(MockServer mock) {
    JsonNode why =
        explain(mock, "Bearer tok-both", "acme", "2024-06-15", "probability=gt:500&limit=0");
    assertThat(why.get("status").asInt()).isEqualTo(400);
    assertThat(why.get("failures").findValuesAsText("field"))
        .containsExactly("probability", "limit");
    JsonNode probability = why.get("failures").get(0);
    assertThat(probability.get("interpretations").findValuesAsText("number"))
        .isEqualTo(markedOnParameter(mock.contract(), "probability"));
    assertThat(why.at("/interpretations/0/text").asText())
        .contains("lists every invalid parameter");
  }

  @Test
  void explainsA401AndA412(MockServer mock) {
    JsonNode revoked = explain(mock, "Bearer tok-revoked", "acme", "2024-06-15", "");
    assertThat(revoked.get("status").asInt()).isEqualTo(401);
    assertThat(revoked.get("cause").asText()).isEqualTo("unknown-token");
    assertThat(revoked.get("facts").get(0).asText()).contains("'revoked', which is revoked");

    JsonNode version = explain(mock, "Bearer tok-both", "acme", "2024-13-45", "");
    assertThat(version.get("status").asInt()).isEqualTo(412);
    assertThat(version.get("facts").toString()).contains("Wethod-Version was '2024-13-45'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "probability=gt:50",
        "deleted=only",
        "deleted=include&date_start=gt:2024-06-01&limit=7&offset=3",
        "offset=500"
      })
  void theProjectsExplainedAsListedAreTheOnesTheApiAnswers(String query, MockServer mock) {
    for (String token : List.of("tok-view", "tok-viewOther", "tok-both")) {
      Response api = Calls.list(mock, query, Calls.headers(token, "acme"));
      List<Long> answered = api.jsonPath().getList("id", Long.class);
      JsonNode why = explain(mock, "Bearer " + token, "acme", "2024-06-15", query);
      List<Long> listed = new ArrayList<>();
      for (JsonNode project : why.get("projects")) {
        if (project.get("listed").asBoolean()) {
          listed.add(project.get("id").asLong());
        }
      }
      assertThat(listed).as(token + " ?" + query).isEqualTo(answered);
      assertThat(why.get("listed").asInt()).isEqualTo(answered.size());
    }
  }

  @Test
  void namesTheFilterThatExcludedAProject(MockServer mock) {
    JsonNode why = explain(mock, "Bearer tok-both", "acme", "2024-06-15", "probability=gt:50");
    int excluded = 0;
    for (JsonNode project : why.get("projects")) {
      String reasons = project.get("reasons").toString();
      long probability =
          mock.state()
              .snapshot()
              .project("acme", project.get("id").asLong())
              .orElseThrow()
              .field("probability")
              .asLong();
      if (probability <= 50) {
        excluded++;
        assertThat(project.get("listed").asBoolean()).isFalse();
        assertThat(reasons)
            .contains("Filter probability=gt:50: excluded (probability is " + probability);
      } else {
        assertThat(reasons).contains("Filter probability=gt:50: passes");
      }
    }
    assertThat(excluded).isPositive();
  }

  @Test
  void explainsWhatAReplacedPartReallyDoes() {
    try (MockServer mock =
        MockServer.builder()
            .customize(
                parts ->
                    parts.toBuilder().visibility(grant -> project -> project.id() % 2 == 0).build())
            .build()
            .start()) {
      JsonNode why = explain(mock, "Bearer tok-view", "acme", "2024-06-15", "deleted=include");
      for (JsonNode project : why.get("projects")) {
        assertThat(project.get("listed").asBoolean())
            .isEqualTo(project.get("id").asLong() % 2 == 0);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"not json", "[]", "{\"authorization\": 12}", "{\"query\": {}}"})
  void aBadExplainBodyIsA400(String body, MockServer mock) {
    // Sent as the console sends it: JSON.
    Response answer =
        Calls.raw(mock).contentType("application/json").body(body).post(CONSOLE + "/explain");
    JsonNode error = json(answer, 400);
    assertThat(error.get("key").asText()).isEqualTo("invalid_data");
    assertThat(answer.asString()).doesNotContain("Exception", "\tat ");
  }

  private static JsonNode explain(
      MockServer mock, String authorization, String company, String version, String query) {
    String body =
        Json.object()
            .put("authorization", authorization)
            .put("company", company)
            .put("version", version)
            .put("query", query)
            .toString();
    return json(
        Calls.raw(mock).contentType("application/json").body(body).post(CONSOLE + "/explain"), 200);
  }

  /** The numbers that {@code x-interpretation} marks at {@code pointer} under the operation. */
  private static List<String> marked(Contract contract, String pointer) {
    JsonNode operation = contract.document().at("/paths/~1api~1projects/get");
    JsonNode numbers = operation.at(pointer);
    if (numbers.isMissingNode()) {
      throw new AssertionError("the contract marks nothing at " + pointer);
    }
    return StreamSupport.stream(numbers.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static List<String> markedOnParameter(Contract contract, String name) {
    JsonNode parameters = contract.document().at("/paths/~1api~1projects/get/parameters");
    for (JsonNode parameter : parameters) {
      JsonNode resolved =
          parameter.has("$ref")
              ? contract.document().at(parameter.get("$ref").asText().substring(1))
              : parameter;
      if (name.equals(resolved.path("name").asText())) {
        if (!resolved.has("x-interpretation")) {
          throw new AssertionError("the contract marks nothing on the parameter " + name);
        }
        return StreamSupport.stream(resolved.path("x-interpretation").spliterator(), false)
            .map(JsonNode::asText)
            .toList();
      }
    }
    throw new AssertionError("the contract has no parameter " + name);
  }

  private static JsonNode json(Response response, int status) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    return Json.parse(response.asString().getBytes(StandardCharsets.UTF_8), "answer");
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }
}
