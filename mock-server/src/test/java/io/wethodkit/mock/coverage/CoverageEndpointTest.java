package io.wethodkit.mock.coverage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.client.Coverage;
import io.wethodkit.mock.client.CoverageAssert;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.support.Calls;
import io.wethodkit.mock.support.RawHttp;
import io.wethodkit.mock.support.TestData;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /__admin/projects-mock/coverage} on a mock of its own: nothing covered after a fresh
 * start; after a client's calls, exactly the behaviours those calls met, on both serving paths;
 * each covered one with its count and first call, never a token; reset on its own or with the
 * state.
 */
class CoverageEndpointTest {

  private static final String COVERAGE = "/__admin/projects-mock/coverage";

  private MockServer mock;

  @BeforeEach
  void start() {
    mock = MockServer.builder().fixtures(TestData.dir()).build().start();
  }

  @AfterEach
  void stop() {
    mock.stop();
  }

  private JsonNode coverageJson() {
    RawHttp.Reply reply = RawHttp.get(mock.port(), COVERAGE, Map.of());
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    assertThat(reply.headers().get("content-type")).isEqualTo("application/json");
    return Json.parse(reply.body(), "coverage");
  }

  private Coverage coverage() {
    return Json.MAPPER.convertValue(coverageJson(), Coverage.class);
  }

  private static Map<String, String> headers(String token) {
    return Calls.headers(token, "acme");
  }

  private static Map<String, String> without(Map<String, String> headers, String name) {
    Map<String, String> out = new HashMap<>(headers);
    out.remove(name);
    return out;
  }

  @Test
  void afterAFreshStartEveryBehaviourIsListedAsNotCovered() {
    JsonNode json = coverageJson();
    int total = Behaviours.of(mock.contract()).size();

    assertThat(json.path("recording").asBoolean()).isTrue();
    assertThat(json.path("summary").path("covered").asInt()).isZero();
    assertThat(json.path("summary").path("total").asInt()).isEqualTo(total);
    assertThat(json.path("behaviours")).hasSize(total);
    for (JsonNode behaviour : json.path("behaviours")) {
      String id = behaviour.path("id").asText();
      assertThat(behaviour.path("covered").asBoolean()).as(id).isFalse();
      assertThat(behaviour.path("calls").asLong()).as(id).isZero();
      assertThat(behaviour.has("example")).as(id).isFalse();
      assertThat(behaviour.has("howToMeet") || behaviour.has("cannotMeet"))
          .as(id + " says how to meet it, or why it cannot be")
          .isTrue();
    }
    assertThat(json.toString()).as("no token in the coverage").doesNotContain("tok-");
  }

  @Test
  void aClientsCallsCoverExactlyWhatTheyMetOnBothServingPaths() {
    Set<String> expected = new LinkedHashSet<>();

    // Refusals, each one behaviour (or a parameter's and its kind of mistake).
    assertThat(Calls.list(mock, "", without(headers("tok-both"), "Authorization")).statusCode())
        .isEqualTo(401);
    expected.add("401.missing-authorization");
    assertThat(Calls.list(mock, "", without(headers("tok-both"), "Wethod-Version")).statusCode())
        .isEqualTo(412);
    expected.add("412.missing-version");
    assertThat(Calls.list(mock, "", headers("tok-none")).statusCode()).isEqualTo(403);
    expected.add("403.no-permission");
    assertThat(Calls.list(mock, "limit=5&limit=6", headers("tok-both")).statusCode())
        .isEqualTo(400);
    expected.addAll(List.of("400.limit", "400.kind.repeated"));

    // A list: what it meets beyond its filter and scope is read from the answer itself.
    String query = "probability=gt:40&deleted=include&limit=1&offset=1";
    List<Map<String, Object>> page =
        Calls.list(mock, query, headers("tok-view")).jsonPath().getList("$");
    assertThat(page).hasSize(1);
    expected.addAll(List.of("200", "filter.probability.gt", "deleted.include", "scope.own"));
    expected.add("page.later");
    if (page.get(0).keySet().stream().anyMatch(key -> key.startsWith("metadata_"))) {
      expected.add("metadata.present");
    }

    // The same endpoint through WireMock's path: a stub of the user's elsewhere routes it there.
    mock.wireMock()
        .stubFor(get(urlPathEqualTo("/elsewhere")).willReturn(aResponse().withStatus(204)));
    RawHttp.Reply head =
        RawHttp.send(
            mock.port(),
            "HEAD",
            "/api/projects?updated_at=2024-01-01T00:00:00+01:00",
            headers("tok-both"));
    assertThat(head.status()).isEqualTo(400);
    expected.addAll(List.of("400.updated_at", "400.kind.plus-as-space"));
    RawHttp.Reply preflight =
        RawHttp.send(
            mock.port(),
            "OPTIONS",
            "/api/projects",
            Map.of(
                "Origin", "http://localhost:5173",
                "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "authorization"));
    assertThat(preflight.status()).isEqualTo(204);
    expected.add("cors.preflight");

    Coverage coverage = coverage();
    assertThat(coverage.coveredIds()).containsExactlyInAnyOrderElementsOf(expected);
    CoverageAssert.assertThat(coverage).coversExactly(expected.toArray(String[]::new));
    assertThat(coverage.summary().covered()).isEqualTo(expected.size());
    for (Coverage.Behaviour behaviour : coverage.covered()) {
      assertThat(behaviour.calls()).as(behaviour.id()).isEqualTo(1);
      assertThat(behaviour.howToMeet()).as(behaviour.id()).isNull();
    }
    assertThat(coverage.behaviour("412.missing-version").orElseThrow().example())
        .isEqualTo(new Coverage.Example("GET", "/api/projects", "", "both"));
    assertThat(coverage.behaviour("401.missing-authorization").orElseThrow().example())
        .isEqualTo(new Coverage.Example("GET", "/api/projects", "", null));
    assertThat(coverage.behaviour("scope.own").orElseThrow().example())
        .isEqualTo(new Coverage.Example("GET", "/api/projects", query, "view"));
    assertThat(coverage.behaviour("400.kind.plus-as-space").orElseThrow().example())
        .isEqualTo(
            new Coverage.Example(
                "HEAD", "/api/projects", "updated_at=2024-01-01T00:00:00+01:00", "both"));
    assertThat(coverage.behaviour("cors.preflight").orElseThrow().example())
        .isEqualTo(new Coverage.Example("OPTIONS", "/api/projects", "", null));
    assertThat(coverageJson().toString()).doesNotContain("tok-");
  }

  @Test
  void countsEveryCallThatMeetsABehaviourAndKeepsTheFirstAsItsExample() {
    for (int i = 0; i < 3; i++) {
      Calls.list(mock, "limit=" + (i + 1), headers("tok-both"));
    }
    Calls.list(mock, "", headers("tok-viewOther"));

    Coverage coverage = coverage();
    assertThat(coverage.behaviour("200").orElseThrow().calls()).isEqualTo(4);
    assertThat(coverage.behaviour("200").orElseThrow().example().query()).isEqualTo("limit=1");
    assertThat(coverage.behaviour("scope.both").orElseThrow().calls()).isEqualTo(3);
    assertThat(coverage.behaviour("scope.others").orElseThrow().calls()).isEqualTo(1);
    assertThat(coverage.behaviour("page.default-limit").orElseThrow().calls()).isEqualTo(1);
  }

  @Test
  void theDefaultLimitIsNotTheLargestOneAskedFor() {
    int maximum = (int) mock.contract().limit().maximum().orElseThrow();
    Calls.list(mock, "", headers("tok-both"));
    assertThat(coverage().coveredIds())
        .contains("page.default-limit")
        .doesNotContain("page.max-limit");
    Calls.list(mock, "limit=" + maximum, headers("tok-both"));
    assertThat(coverage().coveredIds()).contains("page.max-limit");
  }

  @Test
  void aPreflightOfAnotherPathOrARefusedOriginIsNoPreflightOfTheEndpoint() {
    Map<String, String> asked = Map.of("Access-Control-Request-Method", "GET");
    Map<String, String> evil = new HashMap<>(asked);
    evil.put("Origin", "http://evil.example");
    assertThat(RawHttp.send(mock.port(), "OPTIONS", "/api/projects", evil).status()).isEqualTo(403);
    Map<String, String> local = new HashMap<>(asked);
    local.put("Origin", "http://localhost:3000");
    assertThat(RawHttp.send(mock.port(), "OPTIONS", "/api/other", local).status()).isEqualTo(204);

    assertThat(coverage().coveredIds()).isEmpty();
  }

  @Test
  void deleteAndTheStatesResetStartTheCoverageAgainUnlessKept() {
    Calls.list(mock, "", headers("tok-both"));
    assertThat(coverage().coveredIds()).contains("200");

    RawHttp.Reply deleted = RawHttp.send(mock.port(), "DELETE", COVERAGE, Map.of());
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(coverage().coveredIds()).isEmpty();

    Calls.list(mock, "", headers("tok-both"));
    RawHttp.Reply kept =
        RawHttp.send(mock.port(), "POST", "/__admin/projects-mock/reset?coverage=keep", Map.of());
    assertThat(kept.status()).as(kept.text()).isEqualTo(200);
    assertThat(coverage().coveredIds()).contains("200");

    RawHttp.Reply refused =
        RawHttp.send(mock.port(), "POST", "/__admin/projects-mock/reset?coverage=later", Map.of());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains("coverage", "keep", "later");
    assertThat(coverage().coveredIds()).contains("200");

    RawHttp.Reply reset =
        RawHttp.send(mock.port(), "POST", "/__admin/projects-mock/reset", Map.of());
    assertThat(reset.status()).isEqualTo(200);
    assertThat(coverage().coveredIds()).isEmpty();
  }
}
