package io.wethodkit.mock.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.junit.WethodMock;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.support.RawHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing but JSON on the endpoint: requests that Jetty refuses before the emulation runs, and
 * methods the endpoint does not answer, get JSON in the API's error format; HEAD and OPTIONS behave
 * as HTTP says, and CORS preflights still work.
 */
@WethodMock
class JsonOnlyTest {

  private static final String VALID =
      "Authorization: Bearer tok-both\r\nWethod-Company: acme\r\nWethod-Version: 2024-06-15\r\n";

  private MockServer mock;

  @BeforeEach
  void takeTheMock(MockServer mock) {
    this.mock = mock;
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
  void otherMethodsAre405WithAllowAndAJsonBody(String method) {
    RawHttp.Reply reply =
        RawHttp.send(
            mock.port(),
            method,
            "/api/projects",
            Map.of("Authorization", "Bearer tok-both", "Content-Length", "0"));
    assertThat(reply.status()).isEqualTo(405);
    assertThat(reply.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
    assertThat(reply.header("Content-Type")).isEqualTo("application/json");
    JsonNode body = Json.parse(reply.body(), method);
    assertThat(body.path("key").asText()).isEqualTo(Contract.bundled().methods().notAllowedKey());
    assertThat(body.path("message").asText()).contains(method);
  }

  @Test
  void headIsTheHeadOfGet() {
    Map<String, String> headers =
        Map.of(
            "Authorization", "Bearer tok-both",
            "Wethod-Company", "acme",
            "Wethod-Version", "2024-06-15");
    RawHttp.Reply get = RawHttp.get(mock.port(), "/api/projects?limit=3", headers);
    RawHttp.Reply head = RawHttp.send(mock.port(), "HEAD", "/api/projects?limit=3", headers);
    assertThat(head.status()).isEqualTo(get.status()).isEqualTo(200);
    assertThat(head.header("Content-Type")).isEqualTo("application/json");
    assertThat(head.body()).isEmpty();
    RawHttp.Reply refused = RawHttp.send(mock.port(), "HEAD", "/api/projects", Map.of());
    assertThat(refused.status()).isEqualTo(401);
  }

  @Test
  void optionsListsTheMethodsAndAPreflightStillGetsCors() {
    RawHttp.Reply options = RawHttp.send(mock.port(), "OPTIONS", "/api/projects", Map.of());
    assertThat(options.status()).isEqualTo(204);
    assertThat(options.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
    RawHttp.Reply preflight =
        RawHttp.send(
            mock.port(),
            "OPTIONS",
            "/api/projects",
            Map.of(
                "Origin", "http://localhost:3000",
                "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "authorization,wethod-company,wethod-version"));
    assertThat(preflight.status()).isEqualTo(204);
    assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
    assertThat(preflight.header("Access-Control-Allow-Headers"))
        .containsIgnoringCase("wethod-company");
  }

  @Test
  void anAuthorizationOfOnlyASpaceOnAPersistentConnectionIsAJson401() throws IOException {
    String first = "GET /api/projects?limit=1 HTTP/1.1\r\nHost: localhost\r\n" + VALID + "\r\n";
    String second =
        "GET /api/projects?limit=1 HTTP/1.1\r\nHost: localhost\r\nAuthorization:  \r\n"
            + "Wethod-Company: acme\r\nWethod-Version: 2024-06-15\r\nConnection: close\r\n\r\n";
    List<String> heads = heads(exchange(first + second));
    assertThat(heads).hasSize(2);
    assertThat(status(heads.get(0))).isEqualTo(200);
    assertThat(status(heads.get(1))).isEqualTo(401);
    heads.forEach(head -> assertThat(head).containsIgnoringCase("Content-Type: application/json"));
  }

  @Test
  void requestsJettyRefusesGetJsonInTheErrorFormat() throws IOException {
    List<String> refused =
        List.of(
            "GET /api/projects HTTP/1.1\r\nHost: localhost\r\nBad Header\r\nConnection: close\r\n\r\n",
            "GET /api/pro jects HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "GET /api/projects HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "a".repeat(300_000)
                + "\r\nConnection: close\r\n\r\n",
            "GET /api/projects HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer \u0001\r\n"
                + "Connection: close\r\n\r\n",
            "GET /api/projects HTTP/1.1\r\nHost: localhost\r\nContent-Length: -5\r\n"
                + "Connection: close\r\n\r\n");
    for (String request : refused) {
      String context = request.substring(0, Math.min(60, request.length()));
      byte[] answer = exchange(request);
      List<String> heads = heads(answer);
      assertThat(heads).as(context).hasSize(1);
      int status = status(heads.get(0));
      assertThat(status).as(context).isBetween(400, 499);
      assertThat(heads.get(0)).as(context).containsIgnoringCase("Content-Type: application/json");
      String text = new String(answer, StandardCharsets.ISO_8859_1);
      JsonNode body =
          Json.parse(
              text.substring(text.indexOf("\r\n\r\n") + 4)
                  .strip()
                  .getBytes(StandardCharsets.ISO_8859_1),
              context);
      assertThat(body.path("key").isTextual()).as(context).isTrue();
      assertThat(body.path("message").asText()).as(context).doesNotContain("Exception");
    }
  }

  private byte[] exchange(String requests) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", mock.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(requests.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      try {
        socket.getInputStream().transferTo(all);
      } catch (java.net.SocketException closedAfterAnswer) {
        // A server that refuses a request may reset the connection after its answer.
      }
      return all.toByteArray();
    }
  }

  /** The heads (status line and headers) of the answers in {@code bytes}, in order. */
  private static List<String> heads(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    Matcher head =
        Pattern.compile("HTTP/1\\.1 \\d{3}[^\\r]*\\r\\n(?:[^\\r]+\\r\\n)*\\r\\n").matcher(text);
    List<String> out = new ArrayList<>();
    while (head.find()) {
      out.add(head.group());
    }
    return out;
  }

  private static int status(String head) {
    return Integer.parseInt(head.substring(9, 12));
  }
}
