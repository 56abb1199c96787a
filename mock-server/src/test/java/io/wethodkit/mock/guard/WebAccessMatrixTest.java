package io.wethodkit.mock.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.common.Json;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every combination of request × {@code Origin} × {@code Sec-Fetch-Site} × {@code Host} against a
 * mock started as a developer starts it (loopback, no admin token) with one allowed host name. The
 * expected status of each cell is written below by hand; after every refusal the data, the clock,
 * the stubs, WireMock's settings and the server's running are checked unchanged, and no admin or
 * console answer ever grants CORS.
 */
class WebAccessMatrixTest {

  private static final String ALLOWED_NAME = "mock.internal";

  /**
   * Columns: Origin none, the mock's own ({@code http://<Host>}), a loopback page ({@code
   * http://localhost:5173}), a foreign page ({@code https://evil.example}), {@code null}; within
   * each, Sec-Fetch-Site absent, same-origin, same-site, cross-site. Rows: see {@link #requests}.
   */
  private static final String EXPECTED =
      """
      Origin:             none              own               loopback          foreign           null
      Sec-Fetch-Site:     -   so  ss  cs    -   so  ss  cs    -   so  ss  cs    -   so  ss  cs    -   so  ss  cs

      HOST localhost
      api-read            200 200 200 200   200 200 200 200   200 200 200 200   403 403 403 403   403 403 403 403
      api-preflight       204 204 204 204   204 204 204 204   204 204 204 204   403 403 403 403   403 403 403 403
      admin-read          200 200 200 403   200 200 200 403   403 403 403 403   403 403 403 403   403 403 403 403
      admin-change        200 200 200 403   200 200 200 403   403 403 403 403   403 403 403 403   403 403 403 403
      admin-form-reset    415 415 415 403   415 415 415 403   403 403 403 403   403 403 403 403   403 403 403 403
      wiremock-read       200 200 200 403   200 200 200 403   403 403 403 403   403 403 403 403   403 403 403 403
      wiremock-stub       201 201 201 403   201 201 201 403   403 403 403 403   403 403 403 403   403 403 403 403
      wiremock-form-stub  415 415 415 403   415 415 415 403   403 403 403 403   403 403 403 403   403 403 403 403
      wiremock-shutdown   415 415 415 403   415 415 415 403   403 403 403 403   403 403 403 403   403 403 403 403
      console             200 200 200 403   200 200 200 403   403 403 403 403   403 403 403 403   403 403 403 403

      HOST 127.0.0.1
      api-read            200 200 200 200   200 200 200 200   200 200 200 200   403 403 403 403   403 403 403 403
      api-preflight       204 204 204 204   204 204 204 204   204 204 204 204   403 403 403 403   403 403 403 403
      admin-read          200 200 200 403   200 200 200 403   403 403 403 403   403 403 403 403   403 403 403 403
      admin-change        200 200 200 403   200 200 200 403   403 403 403 403   403 403 403 403   403 403 403 403
      admin-form-reset    415 415 415 403   415 415 415 403   403 403 403 403   403 403 403 403   403 403 403 403
      wiremock-read       200 200 200 403   200 200 200 403   403 403 403 403   403 403 403 403   403 403 403 403
      wiremock-stub       201 201 201 403   201 201 201 403   403 403 403 403   403 403 403 403   403 403 403 403
      wiremock-form-stub  415 415 415 403   415 415 415 403   403 403 403 403   403 403 403 403   403 403 403 403
      wiremock-shutdown   415 415 415 403   415 415 415 403   403 403 403 403   403 403 403 403   403 403 403 403
      console             200 200 200 403   200 200 200 403   403 403 403 403   403 403 403 403   403 403 403 403

      HOST mock.internal
      api-read            200 200 200 200   200 200 200 200   200 200 200 200   403 403 403 403   403 403 403 403
      api-preflight       204 204 204 204   204 204 204 204   204 204 204 204   403 403 403 403   403 403 403 403
      admin-read          200 200 200 403   200 200 200 403   403 403 403 403   403 403 403 403   403 403 403 403
      admin-change        200 200 200 403   200 200 200 403   403 403 403 403   403 403 403 403   403 403 403 403
      admin-form-reset    415 415 415 403   415 415 415 403   403 403 403 403   403 403 403 403   403 403 403 403
      wiremock-read       200 200 200 403   200 200 200 403   403 403 403 403   403 403 403 403   403 403 403 403
      wiremock-stub       201 201 201 403   201 201 201 403   403 403 403 403   403 403 403 403   403 403 403 403
      wiremock-form-stub  415 415 415 403   415 415 415 403   403 403 403 403   403 403 403 403   403 403 403 403
      wiremock-shutdown   415 415 415 403   415 415 415 403   403 403 403 403   403 403 403 403   403 403 403 403
      console             200 200 200 403   200 200 200 403   403 403 403 403   403 403 403 403   403 403 403 403

      HOST evil.example
      api-read            403 403 403 403   403 403 403 403   403 403 403 403   403 403 403 403   403 403 403 403
      api-preflight       403 403 403 403   403 403 403 403   403 403 403 403   403 403 403 403   403 403 403 403
      admin-read          403 403 403 403   403 403 403 403   403 403 403 403   403 403 403 403   403 403 403 403
      admin-change        403 403 403 403   403 403 403 403   403 403 403 403   403 403 403 403   403 403 403 403
      admin-form-reset    403 403 403 403   403 403 403 403   403 403 403 403   403 403 403 403   403 403 403 403
      wiremock-read       403 403 403 403   403 403 403 403   403 403 403 403   403 403 403 403   403 403 403 403
      wiremock-stub       403 403 403 403   403 403 403 403   403 403 403 403   403 403 403 403   403 403 403 403
      wiremock-form-stub  403 403 403 403   403 403 403 403   403 403 403 403   403 403 403 403   403 403 403 403
      wiremock-shutdown   403 403 403 403   403 403 403 403   403 403 403 403   403 403 403 403   403 403 403 403
      console             403 403 403 403   403 403 403 403   403 403 403 403   403 403 403 403   403 403 403 403
      """;

  private static final List<String> ORIGINS = List.of("none", "own", "loopback", "foreign", "null");
  private static final List<String> SITES = List.of("-", "same-origin", "same-site", "cross-site");
  private static final String STUB =
      "{\"request\":{\"method\":\"GET\",\"url\":\"/matrix\"},"
          + "\"response\":{\"status\":200,\"body\":\"stubbed\"}}";
  private static final Instant FIXED = Instant.parse("2031-02-03T04:05:06Z");

  private static MockServer mock;
  private static Dataset baseline;

  /** A request of a row: what it sends besides Host, Origin and Sec-Fetch-Site. */
  private record Request(
      String method, String path, Map<String, String> headers, String contentType, String body) {}

  /** The rows, by name. */
  private static Map<String, Request> requests() {
    Map<String, Request> rows = new LinkedHashMap<>();
    Map<String, String> api = new LinkedHashMap<>();
    api.put("Authorization", "Bearer tok-both");
    api.put("Wethod-Company", "acme");
    api.put("Wethod-Version", "2024-06-15");
    rows.put("api-read", new Request("GET", "/api/projects?limit=2", api, null, null));
    rows.put(
        "api-preflight",
        new Request(
            "OPTIONS",
            "/api/projects",
            Map.of(
                "Access-Control-Request-Method",
                "GET",
                "Access-Control-Request-Headers",
                "authorization,wethod-company,wethod-version"),
            null,
            null));
    rows.put(
        "admin-read", new Request("GET", "/__admin/projects-mock/clock", Map.of(), null, null));
    rows.put(
        "admin-change",
        new Request(
            "POST",
            "/__admin/projects-mock/companies/acme/projects/1/soft-delete",
            Map.of(),
            null,
            null));
    rows.put(
        "admin-form-reset",
        new Request("POST", "/__admin/projects-mock/reset", Map.of(), "text/plain", "x=1"));
    rows.put("wiremock-read", new Request("GET", "/__admin/mappings", Map.of(), null, null));
    rows.put(
        "wiremock-stub",
        new Request("POST", "/__admin/mappings", Map.of(), "application/json", STUB));
    rows.put(
        "wiremock-form-stub",
        new Request(
            "POST", "/__admin/mappings", Map.of(), "application/x-www-form-urlencoded", STUB));
    rows.put(
        "wiremock-shutdown",
        new Request("POST", "/__admin/shutdown", Map.of(), "text/plain", "now"));
    rows.put("console", new Request("GET", "/", Map.of(), null, null));
    return rows;
  }

  @BeforeAll
  static void start() {
    mock =
        MockServer.builder()
            .webAccess(WebAccess.defaults().withAllowedHosts(ALLOWED_NAME))
            .build()
            .start();
    // A state away from the loaded one, so that a reset slipping through would show.
    mock.admin().softDelete("acme", 2);
    mock.admin().fixClock(FIXED);
    baseline = mock.state().snapshot();
  }

  @AfterAll
  static void stop() {
    mock.stop();
  }

  @Test
  void everyCellGetsItsWrittenStatusAndNoRefusalChangesAnything() {
    Map<String, Map<String, List<Integer>>> expected = parse(EXPECTED);
    assertThat(expected.keySet())
        .containsExactly("localhost", "127.0.0.1", ALLOWED_NAME, "evil.example");
    Map<String, Request> rows = requests();
    List<String> mismatches = new ArrayList<>();
    int cells = 0;
    int refusals = 0;
    for (var host : expected.entrySet()) {
      assertThat(host.getValue().keySet()).containsExactlyElementsOf(rows.keySet());
      for (var row : host.getValue().entrySet()) {
        List<Integer> statuses = row.getValue();
        assertThat(statuses).as(host.getKey() + " " + row.getKey()).hasSize(20);
        for (int o = 0; o < ORIGINS.size(); o++) {
          for (int s = 0; s < SITES.size(); s++) {
            int want = statuses.get(o * SITES.size() + s);
            String cell =
                "Host "
                    + host.getKey()
                    + ", "
                    + row.getKey()
                    + ", Origin "
                    + ORIGINS.get(o)
                    + ", Sec-Fetch-Site "
                    + SITES.get(s);
            RawHttp.Reply reply =
                send(rows.get(row.getKey()), host.getKey(), ORIGINS.get(o), SITES.get(s));
            cells++;
            if (reply.status() != want) {
              mismatches.add(cell + ": expected " + want + ", got " + reply.status());
            }
            checkHeaders(cell, row.getKey(), ORIGINS.get(o), reply);
            if (reply.status() >= 400) {
              refusals++;
              checkRefusal(cell, reply);
              checkUnchanged(cell);
            } else {
              restore();
            }
          }
        }
      }
    }
    assertThat(mismatches).as("cells with another status").isEmpty();
    assertThat(cells).isEqualTo(4 * 10 * 20);
    assertThat(refusals).isGreaterThan(cells / 2);
    assertThat(mock.isRunning()).isTrue();
  }

  private static RawHttp.Reply send(Request request, String host, String origin, String site) {
    Map<String, String> headers = new LinkedHashMap<>();
    String hostHeader = host + ":" + mock.port();
    headers.put("Host", hostHeader);
    String originValue = originOf(origin, hostHeader);
    if (originValue != null) {
      headers.put("Origin", originValue);
    }
    if (!site.equals("-")) {
      headers.put("Sec-Fetch-Site", site);
    }
    headers.putAll(request.headers());
    if (request.contentType() != null) {
      headers.put("Content-Type", request.contentType());
    }
    byte[] body =
        request.body() == null ? new byte[0] : request.body().getBytes(StandardCharsets.UTF_8);
    return RawHttp.send(mock.port(), request.method(), request.path(), headers, body);
  }

  private static String originOf(String origin, String hostHeader) {
    return switch (origin) {
      case "none" -> null;
      case "own" -> "http://" + hostHeader;
      case "loopback" -> "http://localhost:5173";
      case "foreign" -> "https://evil.example";
      case "null" -> "null";
      default -> throw new IllegalArgumentException(origin);
    };
  }

  /**
   * CORS: the API grants exactly the origin that asked, never credentials; the admin API and the
   * console grant nothing.
   */
  private static void checkHeaders(String cell, String row, String origin, RawHttp.Reply reply) {
    String granted = reply.header("Access-Control-Allow-Origin");
    assertThat(reply.header("Access-Control-Allow-Credentials")).as(cell).isNull();
    boolean api = row.startsWith("api-");
    if (!api || reply.status() >= 400 || origin.equals("none")) {
      assertThat(granted).as(cell).isNull();
    } else {
      assertThat(granted).as(cell).isNotNull().isNotEqualTo("*");
    }
  }

  /** Every refusal is JSON naming what was wrong. */
  private static void checkRefusal(String cell, RawHttp.Reply reply) {
    assertThat(reply.header("Content-Type")).as(cell).startsWith("application/json");
    JsonNode body = Json.read(reply.text(), JsonNode.class);
    assertThat(body.path("key").asText()).as(cell).isNotEmpty();
    assertThat(body.path("message").asText()).as(cell).isNotEmpty();
  }

  private static void checkUnchanged(String cell) {
    assertThat(mock.isRunning()).as(cell + ": still running").isTrue();
    assertThat(mock.state().snapshot()).as(cell + ": the data").isSameAs(baseline);
    assertThat(mock.state().clock().fixedInstant())
        .as(cell + ": the clock")
        .isEqualTo(Optional.of(FIXED));
    assertThat(mock.wireMock().listAllStubMappings().getMappings()).as(cell + ": stubs").isEmpty();
    assertThat(mock.wireMock().getGlobalSettings().getSettings().getFixedDelay())
        .as(cell + ": settings")
        .isNull();
  }

  /** Back to the baseline after a call that was allowed to change something. */
  private static void restore() {
    mock.state().replace(baseline);
    mock.wireMock().resetMappings();
  }

  /** The table: host → row → 20 statuses. */
  private static Map<String, Map<String, List<Integer>>> parse(String table) {
    Map<String, Map<String, List<Integer>>> hosts = new LinkedHashMap<>();
    Map<String, List<Integer>> current = null;
    for (String line : table.split("\n")) {
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("Origin:") || text.startsWith("Sec-Fetch-Site:")) {
        continue;
      }
      String[] words = text.split("\\s+");
      if (words[0].equals("HOST")) {
        current = new LinkedHashMap<>();
        hosts.put(words[1], current);
        continue;
      }
      List<Integer> statuses = new ArrayList<>();
      for (int i = 1; i < words.length; i++) {
        statuses.add(Integer.parseInt(words[i]));
      }
      current.put(words[0], statuses);
    }
    return hosts;
  }
}
