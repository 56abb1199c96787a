package io.wethodkit.mock.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.global.GlobalSettings;
import com.github.tomakehurst.wiremock.http.UniformDistribution;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.endpoint.Answer;
import io.wethodkit.mock.junit.WethodMock;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.support.RawHttp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The endpoint answered in the servlet container is the endpoint WireMock serves, byte for byte:
 * status line, header lines in order (CORS included) and body, for every golden case with and
 * without an {@code Origin}, gzip-encoded or not, and for malformed input. Whatever WireMock would
 * add (a user stub, a global delay, the journal, the request log) sends requests through WireMock.
 */
@WethodMock
class DirectEndpointFilterTest {

  private static final String GOLDEN = "io/wethodkit/fixtures/data/golden.json";
  private static final String ORIGIN = "http://localhost:3000";

  private MockServer mock;

  @BeforeEach
  void takeTheMock(MockServer mock) {
    this.mock = mock;
  }

  @AfterEach
  void noGlobalDelayLeft() {
    mock.wireMock().updateGlobalSettings(GlobalSettings.defaults());
  }

  /** One request: target (path and raw query), headers in order, body. */
  private record Call(String name, String method, String target, Map<String, String> headers) {
    RawHttp.Wire send(int port) {
      return RawHttp.wire(port, method, target, headers, new byte[0]);
    }
  }

  @Test
  void directAnswersAreByteIdenticalToWireMocksAnswers() throws IOException {
    List<Call> calls = representativeCalls();
    long before = direct(mock);
    List<RawHttp.Wire> direct = new ArrayList<>();
    for (Call call : calls) {
      direct.add(call.send(mock.port()));
    }
    assertThat(direct(mock) - before).as("answered directly").isEqualTo(calls.size());

    // Any user stub, even on another path, sends every request through WireMock.
    mock.wireMock()
        .stubFor(get(urlPathEqualTo("/elsewhere")).willReturn(aResponse().withStatus(204)));
    long afterDirect = direct(mock);
    for (int i = 0; i < calls.size(); i++) {
      RawHttp.Wire throughWireMock = calls.get(i).send(mock.port());
      assertSameAnswer(calls.get(i), direct.get(i), throughWireMock);
    }
    assertThat(direct(mock)).as("answered directly with a stub present").isEqualTo(afterDirect);

    assertThat(direct.stream().map(RawHttp.Wire::status).distinct())
        .contains(200, 400, 401, 403, 412);
    assertThat(direct.stream().flatMap(w -> w.head().stream()))
        .contains(
            "Access-Control-Allow-Origin: " + ORIGIN,
            "Vary: Origin",
            "Content-Encoding: gzip",
            "WWW-Authenticate: Bearer")
        .noneMatch(line -> line.startsWith("Access-Control-Allow-Credentials"));
  }

  @Test
  void answersReusedAndWrittenFromTheirCopyOutsideTheHeapAreTheSameBytes() throws IOException {
    List<Call> calls = representativeCalls();
    List<RawHttp.Wire> first = new ArrayList<>();
    for (Call call : calls) {
      first.add(call.send(mock.port()));
    }
    // The second answer is reused; from the third on, its body is written from the direct copy.
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < calls.size(); i++) {
        assertSameAnswer(calls.get(i), calls.get(i).send(mock.port()), first.get(i));
      }
    }
    assertThat(first.stream().mapToInt(wire -> wire.body().length).max().orElse(0))
        .as("a body large enough to be written from a direct copy")
        .isGreaterThanOrEqualTo(DirectBodies.MIN_BYTES);
  }

  @Test
  void directAnswersMatchAServerWithTheJournalOn() throws IOException {
    List<Call> calls = representativeCalls();
    List<RawHttp.Wire> direct = new ArrayList<>();
    for (Call call : calls) {
      direct.add(call.send(mock.port()));
    }
    try (MockServer journaled = MockServer.builder().journal(true).build().start()) {
      for (int i = 0; i < calls.size(); i++) {
        assertSameAnswer(calls.get(i), direct.get(i), calls.get(i).send(journaled.port()));
      }
      assertThat(direct(journaled)).isZero();
      assertThat(journaled.wireMock().getAllServeEvents()).hasSize(calls.size());
    }
  }

  @Test
  void headersDifferingOnlyInCaseAreWrittenAsWireMockWritesThem() {
    try (MockServer custom =
        MockServer.builder()
            .customize(
                parts ->
                    parts.toBuilder()
                        .renderer(
                            (page, grant) -> {
                              Answer plain = parts.renderer().render(page, grant);
                              Map<String, String> headers = new LinkedHashMap<>();
                              headers.put("X-Trace", "first");
                              headers.putAll(plain.headers());
                              headers.put("Cache-Control", "no-store");
                              headers.put("x-trace", "second");
                              return new Answer(plain.status(), headers, plain.body());
                            })
                        .build())
            .build()
            .start()) {
      Call call = new Call("custom headers", "GET", "/api/projects?limit=2", valid());
      RawHttp.Wire direct = call.send(custom.port());
      assertThat(direct(custom)).isEqualTo(1);
      custom
          .wireMock()
          .stubFor(get(urlPathEqualTo("/elsewhere")).willReturn(aResponse().withStatus(204)));
      RawHttp.Wire throughWireMock = call.send(custom.port());
      assertThat(direct(custom)).isEqualTo(1);
      assertThat(direct.head()).containsSubsequence("X-Trace: first", "X-Trace: second");
      assertThat(direct.head()).isEqualTo(throughWireMock.head());
      assertThat(direct.body()).isEqualTo(throughWireMock.body());
    }
  }

  @Test
  void aMalformedEscapeGetsItsFourHundredDirectly() {
    long before = direct(mock);
    RawHttp.Reply reply = RawHttp.get(mock.port(), "/api/projects?limit=%zz", valid());
    assertThat(reply.status()).isEqualTo(400);
    assertThat(Json.parse(reply.body(), "answer").at("/failures/0/field").asText())
        .isEqualTo("limit");
    assertThat(direct(mock) - before).isEqualTo(1);
  }

  @Test
  void aStubForThePathIsServedByWireMockAndItsRemovalGivesTheDirectAnswersBack() {
    var stub =
        mock.wireMock()
            .stubFor(
                get(urlPathEqualTo("/api/projects"))
                    .willReturn(aResponse().withStatus(418).withBody("stubbed")));
    long before = direct(mock);
    RawHttp.Reply stubbed = RawHttp.get(mock.port(), "/api/projects?limit=1", valid());
    assertThat(stubbed.status()).isEqualTo(418);
    assertThat(stubbed.text()).isEqualTo("stubbed");
    assertThat(direct(mock)).isEqualTo(before);

    mock.wireMock().removeStub(stub);
    assertThat(RawHttp.get(mock.port(), "/api/projects?limit=1", valid()).status()).isEqualTo(200);
    assertThat(direct(mock) - before).isEqualTo(1);
  }

  @Test
  void aGlobalFixedDelayIsAppliedByWireMock() {
    RawHttp.Reply fast = RawHttp.get(mock.port(), "/api/projects?limit=3", valid());
    mock.wireMock().setGlobalFixedDelay(300);
    long before = direct(mock);
    long started = System.nanoTime();
    RawHttp.Reply delayed = RawHttp.get(mock.port(), "/api/projects?limit=3", valid());
    assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(300_000_000L);
    assertThat(delayed.status()).isEqualTo(200);
    assertThat(delayed.body()).isEqualTo(fast.body());
    assertThat(direct(mock)).isEqualTo(before);

    mock.wireMock().updateGlobalSettings(GlobalSettings.defaults());
    RawHttp.get(mock.port(), "/api/projects?limit=3", valid());
    assertThat(direct(mock) - before).isEqualTo(1);
  }

  @Test
  void aGlobalDelayDistributionSetThroughTheAdminApiIsAppliedByWireMock() {
    Map<String, String> json = Map.of("Content-Type", "application/json");
    byte[] settings =
        "{\"delayDistribution\": {\"type\": \"uniform\", \"lower\": 250, \"upper\": 300}}"
            .getBytes(StandardCharsets.UTF_8);
    RawHttp.Wire set = RawHttp.wire(mock.port(), "POST", "/__admin/settings", json, settings);
    assertThat(set.status()).isLessThan(300);
    assertThat(mock.wireMock().getGlobalSettings().getSettings().getDelayDistribution())
        .isInstanceOf(UniformDistribution.class);
    long before = direct(mock);
    long started = System.nanoTime();
    assertThat(RawHttp.get(mock.port(), "/api/projects?limit=1", valid()).status()).isEqualTo(200);
    assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(250_000_000L);
    assertThat(direct(mock)).isEqualTo(before);

    byte[] none = "{}".getBytes(StandardCharsets.UTF_8);
    assertThat(RawHttp.wire(mock.port(), "POST", "/__admin/settings", json, none).status())
        .isLessThan(300);
    RawHttp.get(mock.port(), "/api/projects?limit=1", valid());
    assertThat(direct(mock) - before).isEqualTo(1);
  }

  @Test
  void otherMethodsPathsAndRequestsWithABodyGoToWireMock() {
    long before = direct(mock);
    assertThat(RawHttp.send(mock.port(), "POST", "/api/projects", valid()).status()).isEqualTo(405);
    assertThat(RawHttp.send(mock.port(), "HEAD", "/api/projects", valid()).status())
        .isLessThan(500);
    assertThat(RawHttp.get(mock.port(), "/api/projects/", valid()).status()).isEqualTo(404);
    assertThat(RawHttp.get(mock.port(), "/api/projects/1", valid()).status()).isEqualTo(404);
    assertThat(RawHttp.get(mock.port(), "/api/%70rojects", valid()).status()).isEqualTo(404);
    Map<String, String> preflight = new LinkedHashMap<>();
    preflight.put("Origin", ORIGIN);
    preflight.put("Access-Control-Request-Method", "GET");
    preflight.put("Access-Control-Request-Headers", "authorization,wethod-company,wethod-version");
    RawHttp.Reply options = RawHttp.send(mock.port(), "OPTIONS", "/api/projects", preflight);
    assertThat(options.status()).isLessThan(300);
    assertThat(options.header("Access-Control-Allow-Methods")).contains("GET");
    RawHttp.Wire withBody =
        RawHttp.wire(
            mock.port(),
            "GET",
            "/api/projects?limit=1",
            valid(),
            "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(withBody.status()).isEqualTo(200);
    assertThat(direct(mock)).isEqualTo(before);
  }

  @Test
  void theJournalTheRequestLogAndGlobalTemplatingTurnDirectAnswersOff() {
    assertThat(DirectEndpointFilter.possible(quiet())).isTrue();
    assertThat(DirectEndpointFilter.possible(mock.wireMock().getOptions())).isTrue();
    assertThat(DirectEndpointFilter.possible(options())).as("WireMock's defaults").isFalse();
    assertThat(DirectEndpointFilter.possible(quiet().stubRequestLoggingDisabled(false)))
        .as("request log on")
        .isFalse();
    WireMockConfiguration journal = options().stubRequestLoggingDisabled(true);
    assertThat(DirectEndpointFilter.possible(journal)).as("journal on").isFalse();
    assertThat(DirectEndpointFilter.possible(quiet().globalTemplating(true)))
        .as("global templating")
        .isFalse();
    assertThat(DirectEndpointFilter.possible(quiet().enableBrowserProxying(true)))
        .as("browser proxying")
        .isFalse();
    try (MockServer verbose = MockServer.builder().verbose(true).build()) {
      assertThat(DirectEndpointFilter.possible(verbose.wireMock().getOptions())).isFalse();
    }
  }

  private static WireMockConfiguration quiet() {
    return options().disableRequestJournal().stubRequestLoggingDisabled(true);
  }

  private static long direct(MockServer server) {
    return ((RepairingJettyServerFactory) server.wireMock().getOptions().httpServerFactory())
        .directAnswers();
  }

  private static void assertSameAnswer(Call call, RawHttp.Wire direct, RawHttp.Wire wireMock)
      throws IOException {
    assertThat(direct.head()).as(call.name() + ": status and headers").isEqualTo(wireMock.head());
    assertThat(direct.body()).as(call.name() + ": body bytes").isEqualTo(wireMock.body());
    assertThat(direct.status()).as(call.name()).isLessThan(500);
    if (direct.head().contains("Content-Encoding: gzip")) {
      JsonNode decoded = Json.parse(gunzip(direct.body()), call.name());
      assertThat(decoded.isArray() || decoded.has("key")).as(call.name()).isTrue();
    }
  }

  private static byte[] gunzip(byte[] body) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    }
  }

  /**
   * Every golden case, each also with an {@code Origin}; some gzip-encoded; and input the golden
   * cases do not hold (malformed escapes, an empty query, odd headers, 10 KB values).
   */
  private List<Call> representativeCalls() throws IOException {
    JsonNode cases;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(GOLDEN)) {
      assertThat(in).as(GOLDEN + " on the classpath").isNotNull();
      cases = Json.parse(in.readAllBytes(), GOLDEN).get("cases");
    }
    List<Call> calls = new ArrayList<>();
    int index = 0;
    for (JsonNode golden : cases) {
      Map<String, String> headers = new LinkedHashMap<>();
      golden
          .path("request")
          .path("headers")
          .fields()
          .forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
      String query = golden.path("request").path("query").asText("");
      String target = "/api/projects" + (query.isEmpty() ? "" : "?" + query);
      String name = golden.get("name").asText();
      calls.add(new Call(name, "GET", target, headers));
      Map<String, String> withOrigin = new LinkedHashMap<>(headers);
      withOrigin.put("Origin", ORIGIN);
      calls.add(new Call(name + " from " + ORIGIN, "GET", target, withOrigin));
      if (index++ % 10 == 0) {
        Map<String, String> gzip = new LinkedHashMap<>(withOrigin);
        gzip.put("Accept-Encoding", "gzip");
        calls.add(new Call(name + " gzip", "GET", target, gzip));
      }
    }
    Map<String, String> valid = valid();
    for (String query :
        List.of(
            "?",
            "?limit=%zz",
            "?limit=%",
            "?updated_at=%E0%A4%A&probability=%4",
            "?deleted=include&deleted=only",
            "?limit=100&date_start=gt:2000-01-01&deleted=include",
            "?unknown=1&limit=2",
            "?probability=" + "9".repeat(10_000),
            "?limit=1&limit=2&" + "x=1&".repeat(500))) {
      calls.add(new Call("query " + query, "GET", "/api/projects" + query, valid));
    }
    Map<String, String> lowercase = new LinkedHashMap<>();
    lowercase.put("authorization", "bearer tok-both");
    lowercase.put("wethod-company", "acme");
    lowercase.put("wethod-version", "2024-06-15");
    calls.add(new Call("lower-case header names", "GET", "/api/projects?limit=2", lowercase));
    Map<String, String> repeated = new LinkedHashMap<>(valid);
    repeated.put("authorization", "Bearer tok-none");
    calls.add(new Call("a repeated header", "GET", "/api/projects?limit=2", repeated));
    calls.add(new Call("no headers", "GET", "/api/projects", Map.of("Origin", ORIGIN)));
    Map<String, String> odd = new LinkedHashMap<>(valid);
    odd.put("Authorization", "Bearer  tok-both");
    odd.put("Wethod-Company", "acme\tglobex");
    calls.add(new Call("a tab and two spaces", "GET", "/api/projects", odd));
    return calls;
  }

  private static Map<String, String> valid() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", "Bearer tok-both");
    headers.put("Wethod-Company", "acme");
    headers.put("Wethod-Version", "2024-06-15");
    return headers;
  }
}
