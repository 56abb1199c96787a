package io.wethodkit.mock.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.support.RawHttp;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What each option opens, and the answers around the rules: the API's CORS with {@code
 * --cors-origin} and {@code --cors-credentials}, admin origins, the console reached by a link, the
 * media types of admin changes, and the refusals' formats.
 */
class WebAccessOptionsTest {

  private static final String FRONTEND = "https://app.example.test";

  private static Map<String, String> api(String origin) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", "Bearer tok-both");
    headers.put("Wethod-Company", "acme");
    headers.put("Wethod-Version", "2024-06-15");
    if (origin != null) {
      headers.put("Origin", origin);
    }
    return headers;
  }

  private static Map<String, String> preflight(String origin) {
    return Map.of(
        "Origin",
        origin,
        "Access-Control-Request-Method",
        "GET",
        "Access-Control-Request-Headers",
        "authorization,wethod-company,wethod-version");
  }

  private static RawHttp.Reply get(MockServer mock, String path, Map<String, String> headers) {
    return RawHttp.send(mock.port(), "GET", path, headers);
  }

  private static JsonNode json(RawHttp.Reply reply) {
    return Json.parse(reply.body(), "answer");
  }

  @Test
  void byDefaultLoopbackPagesReadTheApiWithoutCredentialsAndOthersAreRefusedInTheContractsFormat() {
    try (MockServer mock = MockServer.builder().build().start()) {
      RawHttp.Reply loopback = get(mock, "/api/projects?limit=1", api("http://localhost:5173"));
      assertThat(loopback.status()).isEqualTo(200);
      assertThat(loopback.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
      assertThat(loopback.header("Access-Control-Allow-Credentials")).isNull();
      assertThat(loopback.header("Access-Control-Expose-Headers")).contains("WWW-Authenticate");
      assertThat(loopback.header("Vary")).contains("Origin");

      RawHttp.Reply preflight =
          RawHttp.send(mock.port(), "OPTIONS", "/api/projects", preflight("http://[::1]:3000"));
      assertThat(preflight.status()).isEqualTo(204);
      assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("http://[::1]:3000");
      assertThat(preflight.header("Access-Control-Allow-Methods")).isEqualTo("GET, HEAD");
      assertThat(preflight.header("Access-Control-Allow-Headers"))
          .isEqualTo("Authorization, Wethod-Company, Wethod-Version");
      assertThat(preflight.header("Access-Control-Allow-Credentials")).isNull();

      RawHttp.Reply foreign = get(mock, "/api/projects?limit=1", api(FRONTEND));
      assertThat(foreign.status()).isEqualTo(403);
      assertThat(foreign.header("Content-Type")).isEqualTo("application/json");
      assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
      // The contract's 403 schema: its key, a message (here naming the option to use).
      assertThat(mock.contract().schemas().validateResponse(403, json(foreign))).isEmpty();
      assertThat(json(foreign).path("key").asText()).isEqualTo(mock.contract().error(403).key());
      assertThat(json(foreign).path("message").asText())
          .contains("--cors-origin " + FRONTEND, FRONTEND);
    }
  }

  @Test
  void corsOriginsAddPagesAndAnyOriginIsAStarWithoutCredentials() {
    WebAccess one = WebAccess.defaults().withCorsOrigins(FRONTEND);
    try (MockServer mock = MockServer.builder().webAccess(one).build().start()) {
      RawHttp.Reply frontend = get(mock, "/api/projects?limit=1", api(FRONTEND));
      assertThat(frontend.status()).isEqualTo(200);
      assertThat(frontend.header("Access-Control-Allow-Origin")).isEqualTo(FRONTEND);
      assertThat(get(mock, "/api/projects", api("https://other.example.test")).status())
          .isEqualTo(403);
    }
    WebAccess any = WebAccess.defaults().withCorsOrigins("*");
    try (MockServer mock = MockServer.builder().webAccess(any).build().start()) {
      for (String origin : new String[] {FRONTEND, "null", "http://localhost:3000"}) {
        RawHttp.Reply reply = get(mock, "/api/projects?limit=1", api(origin));
        assertThat(reply.status()).as(origin).isEqualTo(200);
        assertThat(reply.header("Access-Control-Allow-Origin")).as(origin).isEqualTo("*");
        assertThat(reply.header("Access-Control-Allow-Credentials")).as(origin).isNull();
      }
      // The API's CORS opens nothing of the admin API.
      RawHttp.Reply admin =
          RawHttp.send(
              mock.port(), "POST", "/__admin/projects-mock/reset", Map.of("Origin", FRONTEND));
      assertThat(admin.status()).isEqualTo(403);
      assertThat(admin.header("Access-Control-Allow-Origin")).isNull();
    }
  }

  @Test
  void corsCredentialsAreSentOnlyWhenAskedForAndThenNameTheOrigin() {
    WebAccess access = WebAccess.defaults().withCorsOrigins("*").withCorsCredentials(true);
    try (MockServer mock = MockServer.builder().webAccess(access).build().start()) {
      RawHttp.Reply reply = get(mock, "/api/projects?limit=1", api(FRONTEND));
      assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(FRONTEND);
      assertThat(reply.header("Access-Control-Allow-Credentials")).isEqualTo("true");
      RawHttp.Reply preflight =
          RawHttp.send(mock.port(), "OPTIONS", "/api/projects", preflight(FRONTEND));
      assertThat(preflight.status()).isEqualTo(204);
      assertThat(preflight.header("Access-Control-Allow-Credentials")).isEqualTo("true");
    }
  }

  @Test
  void thePreflightAllowsTheHeaderParametersTheContractHas() throws IOException {
    String text;
    try (InputStream in =
        Contract.class.getClassLoader().getResourceAsStream(Contract.BUNDLED_RESOURCE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String version = "        - $ref: \"#/components/parameters/WethodVersion\"\n";
    assertThat(text).contains(version);
    String edited =
        text.replace(
            version,
            version
                + "        - name: Wethod-Trace\n"
                + "          in: header\n"
                + "          required: false\n"
                + "          description: A trace id.\n"
                + "          schema:\n"
                + "            type: string\n");
    Contract contract = Contract.parse(edited.getBytes(StandardCharsets.UTF_8), "traced.yaml");
    try (MockServer mock = MockServer.builder().contract(contract).build().start()) {
      RawHttp.Reply reply =
          RawHttp.send(mock.port(), "OPTIONS", "/api/projects", preflight("http://localhost:5173"));
      assertThat(reply.header("Access-Control-Allow-Headers"))
          .isEqualTo("Authorization, Wethod-Company, Wethod-Version, Wethod-Trace");
    }
  }

  @Test
  void anAdminOriginsPagesAdministerTheMockWithoutCredentials() {
    String tool = "http://localhost:3000";
    WebAccess access = WebAccess.defaults().withAdminOrigins(tool);
    try (MockServer mock = MockServer.builder().webAccess(access).build().start()) {
      RawHttp.Reply preflight =
          RawHttp.send(
              mock.port(),
              "OPTIONS",
              "/__admin/mappings",
              Map.of(
                  "Origin",
                  tool,
                  "Access-Control-Request-Method",
                  "POST",
                  "Access-Control-Request-Headers",
                  "content-type"));
      assertThat(preflight.status()).isEqualTo(204);
      assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(tool);
      assertThat(preflight.header("Access-Control-Allow-Headers")).contains("Content-Type");
      assertThat(preflight.header("Access-Control-Allow-Credentials")).isNull();

      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Origin", tool);
      headers.put("Sec-Fetch-Site", "same-site");
      headers.put("Content-Type", "application/json");
      RawHttp.Reply stub =
          RawHttp.send(
              mock.port(),
              "POST",
              "/__admin/mappings",
              headers,
              "{\"request\":{\"url\":\"/tool\"},\"response\":{\"status\":204}}"
                  .getBytes(StandardCharsets.UTF_8));
      assertThat(stub.status()).isEqualTo(201);
      assertThat(stub.header("Access-Control-Allow-Origin")).isEqualTo(tool);
      assertThat(stub.header("Access-Control-Allow-Credentials")).isNull();
      assertThat(mock.wireMock().listAllStubMappings().getMappings()).hasSize(1);

      RawHttp.Reply other =
          RawHttp.send(
              mock.port(), "GET", "/__admin/mappings", Map.of("Origin", "http://localhost:3001"));
      assertThat(other.status()).isEqualTo(403);
    }
  }

  @Test
  void aLinkFromAnotherSiteOpensTheConsoleButNoFrameOrFetchDoes() {
    try (MockServer mock = MockServer.builder().build().start()) {
      Map<String, String> link = new LinkedHashMap<>();
      link.put("Sec-Fetch-Site", "cross-site");
      link.put("Sec-Fetch-Mode", "navigate");
      link.put("Sec-Fetch-Dest", "document");
      RawHttp.Reply followed = get(mock, "/", link);
      assertThat(followed.status()).isEqualTo(200);
      assertThat(followed.header("Content-Type")).startsWith("text/html");
      assertThat(followed.header("Content-Security-Policy")).isEqualTo("frame-ancestors 'none'");
      assertThat(followed.header("X-Frame-Options")).isEqualTo("DENY");

      link.put("Sec-Fetch-Dest", "iframe");
      assertThat(get(mock, "/", link).status()).isEqualTo(403);
      link.put("Sec-Fetch-Dest", "document");
      // A navigation to the admin API from another site is no navigation to the console.
      assertThat(get(mock, "/__admin/mappings", link).status()).isEqualTo(403);
      link.put("Sec-Fetch-Mode", "cors");
      link.put("Sec-Fetch-Dest", "empty");
      RawHttp.Reply fetched = get(mock, "/", link);
      assertThat(fetched.status()).isEqualTo(403);
      assertThat(fetched.header("Content-Type")).isEqualTo("application/json");
      assertThat(json(fetched).path("key").asText()).isEqualTo("forbidden_origin");
    }
  }

  @Test
  void anAdminChangeTakesJsonOrNoBody() throws IOException {
    Path files = Path.of("src", "test", "resources", "__files");
    boolean filesExisted = Files.exists(files);
    try (MockServer mock = MockServer.builder().build().start()) {
      String clock = "/__admin/projects-mock/clock";
      String fixed = "{\"mode\":\"fixed\",\"instant\":\"2030-01-02T03:04:05Z\"}";
      assertThat(send(mock, "PUT", clock, "application/json; charset=utf-8", fixed).status())
          .isEqualTo(200);
      assertThat(send(mock, "PUT", clock, "application/merge-patch+json", fixed).status())
          .isNotEqualTo(415);
      for (String form :
          new String[] {
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "TEXT/PLAIN;charset=UTF-8"
          }) {
        RawHttp.Reply refused = send(mock, "PUT", clock, form, "{\"mode\":\"real\"}");
        assertThat(refused.status()).as(form).isEqualTo(415);
        assertThat(json(refused).path("key").asText()).isEqualTo("unsupported_media_type");
        assertThat(json(refused).path("message").asText())
            .contains("Content-Type: application/json");
      }
      assertThat(send(mock, "PUT", clock, null, "{\"mode\":\"real\"}").status()).isEqualTo(415);
      assertThat(mock.state().clock().fixedInstant()).isPresent();
      // Without a body, the type a client declares does not matter.
      assertThat(send(mock, "POST", "/__admin/projects-mock/reset", "text/plain", "").status())
          .isEqualTo(200);
      assertThat(mock.state().clock().fixedInstant()).isEmpty();
      assertThat(send(mock, "PUT", clock, "application/json", fixed).status()).isEqualTo(200);
      assertThat(send(mock, "POST", "/__admin/projects-mock/reset", null, "").status())
          .isEqualTo(200);
      assertThat(mock.state().clock().fixedInstant()).isEmpty();
      // A read with a JSON query body is no change: the rule is for changes, every kind of body.
      assertThat(send(mock, "POST", "/__admin/requests/count", "application/json", "{}").status())
          .isNotEqualTo(415);

      // WireMock's body files take their own type, but not one a form can send.
      String file = "/__admin/files/web-access-upload.txt";
      assertThat(send(mock, "PUT", file, "text/plain", "hello").status()).isEqualTo(415);
      assertThat(send(mock, "PUT", file, "application/octet-stream", "hello").status())
          .isEqualTo(200);
      assertThat(send(mock, "DELETE", file, null, "").status()).isEqualTo(200);
    } finally {
      if (!filesExisted && Files.exists(files)) {
        try (Stream<Path> created = Files.walk(files.getParent())) {
          created
              .sorted(Comparator.reverseOrder())
              .filter(p -> p.startsWith(files))
              .forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  @Test
  void aForeignHostIsRefusedInTheFormatOfWhatItAskedFor() {
    try (MockServer mock = MockServer.builder().build().start()) {
      Map<String, String> headers = api(null);
      headers.put("Host", "evil.example:" + mock.port());
      RawHttp.Reply onApi = get(mock, "/api/projects", headers);
      assertThat(onApi.status()).isEqualTo(403);
      assertThat(json(onApi).path("key").asText()).isEqualTo(mock.contract().error(403).key());
      assertThat(json(onApi).path("message").asText())
          .contains("'evil.example'", "--allowed-host evil.example", "WETHOD_MOCK_ALLOWED_HOSTS");
      RawHttp.Reply onAdmin =
          get(mock, "/__admin/health", Map.of("Host", "evil.example:" + mock.port()));
      assertThat(onAdmin.status()).isEqualTo(403);
      assertThat(json(onAdmin).path("key").asText()).isEqualTo("forbidden_host");
      assertThat(onAdmin.header("Content-Type")).isEqualTo("application/json");
    }
  }

  private static RawHttp.Reply send(
      MockServer mock, String method, String path, String contentType, String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
    return RawHttp.send(mock.port(), method, path, headers, body.getBytes(StandardCharsets.UTF_8));
  }
}
