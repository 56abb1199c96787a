package io.wethodkit.mock.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded random {@code Host}, {@code Origin}, {@code Sec-Fetch-*} and {@code Content-Type} values,
 * well-formed and not, on every kind of route: never a 5xx, every answer JSON (but the console's
 * page and WireMock's "no stub matched"), never a credential grant nor an admin answer granting
 * CORS, and no refusal changes anything. A failure names the seed and the request, so it can be
 * replayed.
 */
class WebAccessRobustnessTest {

  private static final long SEED = 20260119L;
  private static final int REQUESTS = 800;
  private static final String STUB =
      "{\"request\":{\"url\":\"/fuzz\"},\"response\":{\"status\":204}}";

  private static MockServer mock;
  private static Dataset loaded;

  @BeforeAll
  static void start() {
    mock = MockServer.builder().build().start();
    loaded = mock.state().snapshot();
  }

  @AfterAll
  static void stop() {
    mock.stop();
  }

  @Test
  void randomHostsOriginsAndTypesGetJsonAnswersAndRefusalsChangeNothing() {
    Random random = new Random(SEED);
    int refused = 0;
    for (int i = 0; i < REQUESTS; i++) {
      String[] route = pick(random, ROUTES);
      String method = route[0];
      String path = route[1];
      Map<String, String> headers = new LinkedHashMap<>();
      if (random.nextInt(10) < 8) {
        headers.put("Host", pick(random, hosts()));
      }
      if (random.nextBoolean()) {
        headers.put("Origin", pick(random, ORIGINS));
      }
      if (random.nextBoolean()) {
        headers.put("Sec-Fetch-Site", pick(random, SITES));
        headers.put("Sec-Fetch-Mode", pick(random, List.of("navigate", "cors", "no-cors", "x")));
        headers.put("Sec-Fetch-Dest", pick(random, List.of("document", "iframe", "empty", "")));
      }
      if (method.equals("OPTIONS") && random.nextBoolean()) {
        headers.put("Access-Control-Request-Method", pick(random, List.of("GET", "POST", "")));
      }
      if (path.equals("/api/projects")) {
        headers.put("Authorization", "Bearer tok-both");
        headers.put("Wethod-Company", "acme");
        headers.put("Wethod-Version", "2024-06-15");
      }
      byte[] body = new byte[0];
      if (!method.equals("GET") && !method.equals("HEAD") && random.nextBoolean()) {
        headers.put("Content-Type", pick(random, TYPES));
        body = (random.nextBoolean() ? STUB : "").getBytes(StandardCharsets.UTF_8);
      }
      String context =
          "seed " + SEED + " request " + i + ": " + method + " " + path + " " + headers;
      RawHttp.Reply reply = RawHttp.send(mock.port(), method, path, headers, body);

      assertThat(reply.status()).as(context).isBetween(200, 499);
      // The console's page is HTML; WireMock's own "no stub matched" 404 is text, as it always was.
      boolean page = path.equals("/") && reply.status() == 200;
      boolean unmatched =
          !path.startsWith("/__admin") && !path.equals("/api/projects") && reply.status() == 404;
      if (reply.body().length > 0 && !page && !unmatched) {
        assertThat(reply.header("Content-Type")).as(context).startsWith("application/json");
        Json.parse(reply.body(), context);
      }
      assertThat(reply.header("Access-Control-Allow-Credentials")).as(context).isNull();
      boolean console = path.equals("/") && (method.equals("GET") || method.equals("HEAD"));
      if (path.startsWith("/__admin") || console) {
        assertThat(reply.header("Access-Control-Allow-Origin")).as(context).isNull();
      }
      if (reply.status() == 403 || reply.status() == 415) {
        refused++;
        assertThat(mock.state().snapshot()).as(context).isSameAs(loaded);
        assertThat(mock.wireMock().listAllStubMappings().getMappings()).as(context).isEmpty();
        assertThat(mock.isRunning()).as(context).isTrue();
      } else {
        mock.state().reset();
        mock.wireMock().resetMappings();
      }
    }
    assertThat(refused).isGreaterThan(REQUESTS / 4);
    assertThat(mock.isRunning()).isTrue();
  }

  private static final List<String[]> ROUTES =
      List.of(
          new String[] {"GET", "/api/projects"},
          new String[] {"OPTIONS", "/api/projects"},
          new String[] {"HEAD", "/api/projects"},
          new String[] {"POST", "/api/projects"},
          new String[] {"GET", "/__admin/projects-mock/clock"},
          new String[] {"POST", "/__admin/projects-mock/reset"},
          new String[] {"OPTIONS", "/__admin/projects-mock/reset"},
          new String[] {"GET", "/__admin/mappings"},
          new String[] {"POST", "/__admin/mappings"},
          new String[] {"DELETE", "/__admin/mappings"},
          new String[] {"PATCH", "/__admin/settings/extended"},
          new String[] {"GET", "/"},
          new String[] {"POST", "/"},
          new String[] {"OPTIONS", "/elsewhere"});

  private static final List<String> ORIGINS =
      List.of(
          "null",
          "http://localhost:5173",
          "http://127.0.0.1:3000",
          "https://evil.example",
          "",
          " ",
          "http://",
          "http://[::1",
          "http://[::1]:99999999",
          "javascript:alert(1)",
          "http://localhost:5173/path",
          "*",
          "http://localhost:5173, https://evil.example",
          "https://" + "a".repeat(300) + ".example");

  private static final List<String> SITES =
      List.of("cross-site", "CROSS-SITE", "same-origin", "same-site", "none", "", "garbage");

  private static final List<String> TYPES =
      List.of(
          "application/json",
          "APPLICATION/JSON ; charset=utf-8",
          "application/json;",
          "text/plain",
          "text/plain;charset=UTF-8",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "",
          ";",
          "application/vnd.api+json",
          "*/*");

  private static List<String> hosts() {
    int port = mock.port();
    return List.of(
        "localhost:" + port,
        "127.0.0.1:" + port,
        "[::1]:" + port,
        "app.localhost:" + port,
        "evil.example:" + port,
        "localhost.evil.example",
        "",
        "[",
        "[::1",
        "localhost:" + port + ":" + port,
        "localhost:99999999",
        "a b",
        "%6cocalhost",
        "x".repeat(500));
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
