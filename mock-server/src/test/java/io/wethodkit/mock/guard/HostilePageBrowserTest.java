package io.wethodkit.mock.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.console.SystemChromium;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.support.Calls;
import io.wethodkit.mock.support.RawHttp;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Pages in headless Chromium against a mock started as a developer starts it. A hostile page,
 * served from an origin of its own ({@code http://evil.test:<port>}, the name mapped to 127.0.0.1
 * in the browser), tries what a page can: simple {@code fetch} posts, {@code fetch} reads, form
 * posts (form-encoded, {@code text/plain} shaped as JSON, multipart) to the mock's routes and
 * WireMock's, and, as after DNS rebinding, requests to its own origin that reach the mock with its
 * name in {@code Host}. None changes the data, adds a stub or stops the mock, and none reads an
 * admin answer. A frontend served from {@code http://localhost:<port>} reads the API.
 */
@Timeout(180)
class HostilePageBrowserTest {

  private static final String EVIL = "evil.test";
  private static final String STUB =
      "{\"request\":{\"url\":\"/pwned\"},\"response\":{\"status\":200,\"body\":\"pwned\"}}";
  private static final Set<String> HOP_BY_HOP =
      Set.of("connection", "content-length", "transfer-encoding", "accept-encoding", "keep-alive");

  private static ChromeDriver browser;

  private MockServer mock;
  private HttpServer pages;
  private Dataset before;

  @BeforeAll
  static void startBrowser() {
    SystemChromium.missing()
        .ifPresent(reason -> Assumptions.abort("No browser test without Chromium: " + reason));
    browser =
        SystemChromium.start(
            1024,
            768,
            List.of(
                "--host-resolver-rules=MAP " + EVIL + " 127.0.0.1",
                "--no-proxy-server",
                "--disable-features=HttpsUpgrades"));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void startServers() throws IOException {
    pages = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    pages.createContext("/", this::page);
    pages.start();
  }

  @AfterEach
  void stopServers() {
    pages.stop(0);
    if (mock != null) {
      mock.stop();
    }
  }

  private void startMock(WebAccess access) {
    mock = MockServer.builder().webAccess(access).build().start();
    before = mock.state().snapshot();
  }

  private String pageOrigin(String host) {
    return "http://" + host + ":" + pages.getAddress().getPort();
  }

  @Test
  void aHostilePageNeitherChangesNorReadsTheMock() {
    startMock(WebAccess.defaults());
    Map<String, String> results = attack();

    // What the page tried was sent, and answered where a page can tell.
    for (String simple :
        List.of("simple-reset", "simple-soft-delete", "simple-stub", "simple-shutdown", "blob")) {
      assertThat(results.get(simple)).as(simple).startsWith("sent");
    }
    for (String form :
        List.of(
            "form-reset", "form-json-stub", "form-shutdown", "form-soft-delete", "form-multi")) {
      assertThat(results.get(form)).as(form).isEqualTo("answered, unreadable");
    }
    // No admin answer, the console or the API, could be read from the page's origin.
    for (String read :
        List.of(
            "cors-reset",
            "cors-dataset",
            "cors-mappings",
            "json-stub",
            "delete-mappings",
            "console",
            "api")) {
      assertThat(results.get(read)).as(read).startsWith("blocked");
    }
    // Rebound to the mock under the page's name: refused for that name, nothing else to read.
    for (String rebound :
        List.of(
            "rebound-dataset",
            "rebound-stub",
            "rebound-shutdown",
            "rebound-console",
            "rebound-api")) {
      assertThat(results.get(rebound))
          .as(rebound)
          .startsWith("read 403 ")
          .contains("--allowed-host " + EVIL)
          .doesNotContain("tok-both")
          .doesNotContain("\"companies\"");
    }

    assertThat(mock.isRunning()).as("still running").isTrue();
    assertThat(mock.state().snapshot()).as("the data").isSameAs(before);
    assertThat(mock.wireMock().listAllStubMappings().getMappings()).as("stubs").isEmpty();
    assertThat(RawHttp.get(mock.port(), "/pwned", Map.of()).status()).isEqualTo(404);
  }

  @Test
  void theSamePageWithItsOriginMadeAnAdminOriginDoesAdministerTheMock() {
    // The control: what the page observes and changes when the mock is opened to it on purpose.
    startMock(WebAccess.defaults().withAdminOrigins(pageOrigin(EVIL)));
    Map<String, String> results = attack();

    assertThat(results.get("cors-dataset")).startsWith("read 200 ").contains("\"companies\"");
    assertThat(results.get("json-stub")).startsWith("read 201 ").contains("/pwned");
    assertThat(results.get("delete-mappings")).startsWith("read 200 ");
    // Forms and simple posts still cannot send a body as JSON: the data is as it was, the mock
    // runs (the page's reset, allowed now, restores the data as loaded, which it was).
    assertThat(mock.state().snapshot()).isSameAs(before);
    assertThat(mock.isRunning()).isTrue();
  }

  @Test
  void aFrontendOnALoopbackOriginReadsTheApi() {
    startMock(WebAccess.defaults());
    browser.get(pageOrigin("localhost") + "/frontend.html");
    JsonNode result = Json.parse(awaitResults().getBytes(StandardCharsets.UTF_8), "results");

    assertThat(result.path("status").asInt()).isEqualTo(200);
    List<Long> expected =
        Calls.list(mock, "limit=3", Calls.headers("tok-both", "acme"))
            .jsonPath()
            .getList("id", Long.class);
    List<Long> read = new ArrayList<>();
    result.path("ids").forEach(id -> read.add(id.asLong()));
    assertThat(read).isNotEmpty().isEqualTo(expected);
  }

  /** Opens the hostile page and returns what it recorded, attempt by attempt. */
  private Map<String, String> attack() {
    browser.get(pageOrigin(EVIL) + "/hostile.html");
    JsonNode recorded = Json.parse(awaitResults().getBytes(StandardCharsets.UTF_8), "results");
    Map<String, String> results = new LinkedHashMap<>();
    recorded.fields().forEachRemaining(e -> results.put(e.getKey(), e.getValue().asText()));
    return results;
  }

  private static String awaitResults() {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(90))
          .until(d -> Boolean.TRUE.equals(browser.executeScript("return window.done === true;")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "the page did not finish; it recorded "
              + browser.executeScript("return JSON.stringify(window.results);")
              + " at "
              + browser.getCurrentUrl(),
          e);
    }
    return (String) browser.executeScript("return JSON.stringify(window.results);");
  }

  /** The page server: the two pages, and everything else forwarded to the mock as received. */
  private void page(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    try (exchange) {
      if (path.equals("/hostile.html")) {
        send(exchange, 200, "text/html; charset=utf-8", hostilePage());
      } else if (path.equals("/frontend.html")) {
        send(exchange, 200, "text/html; charset=utf-8", frontendPage());
      } else {
        forward(exchange);
      }
    }
  }

  /** What DNS rebinding does: the page's own origin answered by the mock, its name in Host. */
  private void forward(HttpExchange exchange) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, values.get(0));
              }
            });
    byte[] body = exchange.getRequestBody().readAllBytes();
    RawHttp.Reply reply =
        RawHttp.send(
            mock.port(),
            exchange.getRequestMethod(),
            exchange.getRequestURI().toString(),
            headers,
            body);
    String type = reply.header("Content-Type");
    send(exchange, reply.status(), type == null ? "text/plain" : type, reply.body());
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private byte[] frontendPage() {
    String script =
        """
        (async () => {
          const response = await fetch("@MOCK@/api/projects?limit=3", {
            headers: {
              "Authorization": "Bearer tok-both",
              "Wethod-Company": "acme",
              "Wethod-Version": "2024-06-15"
            }
          });
          const items = await response.json();
          window.results = { status: response.status, ids: items.map((p) => p.id) };
          window.done = true;
        })().catch((e) => { window.results = { status: 0, error: String(e) }; window.done = true; });
        """;
    return html("", script);
  }

  private byte[] hostilePage() {
    String forms =
        """
        <iframe name="f1"></iframe><iframe name="f2"></iframe><iframe name="f3"></iframe>
        <iframe name="f4"></iframe><iframe name="f5"></iframe>
        <form id="form-reset" method="post" target="f1"
              action="@MOCK@/__admin/projects-mock/reset">
          <input name="reset" value="now"></form>
        <form id="form-json-stub" method="post" target="f2" enctype="text/plain"
              action="@MOCK@/__admin/mappings">
          <input name='STUB_START' value='"}'></form>
        <form id="form-shutdown" method="post" target="f3"
              action="@MOCK@/__admin/shutdown">
          <input name="now" value="1"></form>
        <form id="form-soft-delete" method="post" target="f4" enctype="text/plain"
              action="@MOCK@/__admin/projects-mock/companies/acme/projects/1/soft-delete">
          <input name="a" value="b"></form>
        <form id="form-multi" method="post" target="f5" enctype="multipart/form-data"
              action="@MOCK@/__admin/mappings">
          <input name="stub" value='STUB_ESCAPED'></form>
        """;
    String script =
        """
        const MOCK = "@MOCK@";
        const STUB = 'STUB_JSON';
        const API = { "Authorization": "Bearer tok-both", "Wethod-Company": "acme",
                      "Wethod-Version": "2024-06-15" };
        const results = {};
        window.results = results;
        async function attempt(name, run) {
          try { results[name] = await run(); } catch (e) { results[name] = "blocked: " + e.name; }
        }
        async function readable(url, init) {
          const response = await fetch(url, init);
          return "read " + response.status + " " + (await response.text()).slice(0, 400);
        }
        async function opaque(url, init) {
          const response = await fetch(url, Object.assign({ mode: "no-cors" }, init));
          return "sent (" + response.type + ")";
        }
        function submit(id, frameName) {
          return new Promise((resolve) => {
            const frame = document.querySelector("iframe[name=" + frameName + "]");
            const timer = setTimeout(() => resolve("no answer"), 15000);
            frame.addEventListener("load", () => {
              clearTimeout(timer);
              let seen;
              try {
                seen = frame.contentDocument ? "read: " + frame.contentDocument.body.innerText
                                             : "unreadable";
              } catch (e) { seen = "unreadable"; }
              resolve("answered, " + seen);
            }, { once: true });
            document.getElementById(id).submit();
          });
        }
        (async () => {
          const post = (type, body) => ({ method: "POST", headers: { "Content-Type": type }, body });
          await attempt("simple-reset", () =>
            opaque(MOCK + "/__admin/projects-mock/reset", post("text/plain", "x")));
          await attempt("simple-soft-delete", () =>
            opaque(MOCK + "/__admin/projects-mock/companies/acme/projects/1/soft-delete",
                   { method: "POST", body: "" }));
          await attempt("simple-stub", () =>
            opaque(MOCK + "/__admin/mappings", post("text/plain", STUB)));
          await attempt("simple-shutdown", () =>
            opaque(MOCK + "/__admin/shutdown", post("application/x-www-form-urlencoded", "a=1")));
          await attempt("blob", () =>
            opaque(MOCK + "/__admin/mappings", { method: "POST", body: new Blob([STUB]) }));
          await attempt("cors-reset", () =>
            readable(MOCK + "/__admin/projects-mock/reset", { method: "POST" }));
          await attempt("cors-dataset", () => readable(MOCK + "/__admin/projects-mock/dataset"));
          await attempt("cors-mappings", () => readable(MOCK + "/__admin/mappings"));
          await attempt("json-stub", () =>
            readable(MOCK + "/__admin/mappings", post("application/json", STUB)));
          await attempt("delete-mappings", () =>
            readable(MOCK + "/__admin/mappings", { method: "DELETE" }));
          await attempt("console", () => readable(MOCK + "/"));
          await attempt("api", () => readable(MOCK + "/api/projects?limit=1", { headers: API }));
          await attempt("rebound-dataset", () => readable("/__admin/projects-mock/dataset"));
          await attempt("rebound-stub", () =>
            readable("/__admin/mappings", post("application/json", STUB)));
          await attempt("rebound-shutdown", () => readable("/__admin/shutdown", { method: "POST" }));
          await attempt("rebound-console", () => readable("/"));
          await attempt("rebound-api", () => readable("/api/projects?limit=1", { headers: API }));
          results["form-reset"] = await submit("form-reset", "f1");
          results["form-json-stub"] = await submit("form-json-stub", "f2");
          results["form-shutdown"] = await submit("form-shutdown", "f3");
          results["form-soft-delete"] = await submit("form-soft-delete", "f4");
          results["form-multi"] = await submit("form-multi", "f5");
          window.done = true;
        })();
        """;
    String stubStart = STUB.substring(0, STUB.length() - 1) + ",\"x\":\"";
    return html(
        forms
            .replace("STUB_START", stubStart.replace("'", "&#39;"))
            .replace("STUB_ESCAPED", STUB.replace("\"", "&quot;")),
        script.replace("STUB_JSON", STUB));
  }

  private byte[] html(String body, String script) {
    String mockUrl = "http://127.0.0.1:" + mock.port();
    String page =
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>page</title></head><body>"
            + body.replace("@MOCK@", mockUrl)
            + "<script>"
            + script.replace("@MOCK@", mockUrl)
            + "</script></body></html>";
    return page.getBytes(StandardCharsets.UTF_8);
  }
}
