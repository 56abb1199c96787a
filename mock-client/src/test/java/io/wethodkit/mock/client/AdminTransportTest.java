package io.wethodkit.mock.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the client puts on the wire and how it reads answers, against a plain HTTP server that
 * records each request and answers what the test sets: the route's method and encoded path, the
 * admin token's header, a JSON body only where the route takes one, errors as exceptions.
 */
class AdminTransportTest {

  private record Received(String method, String path, String token, String type, String body) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final List<String> queries = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private volatile int status = 200;
  private volatile String answer = "{}";

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    queries.add(String.valueOf(exchange.getRequestURI().getRawQuery()));
    received.add(
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestHeaders().getFirst(AdminToken.HEADER),
            exchange.getRequestHeaders().getFirst("Content-Type"),
            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
    byte[] body = answer.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private MockAdminClient client() {
    return MockAdminClient.of("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @Test
  void sendsTheRoutesMethodAndPathWithTheTokenAndReadsTheAnswerAsTheRouteSays() {
    answer = "{\"mode\": \"fixed\", \"now\": \"2030-01-02T03:04:05.000Z\", \"later\": true}";
    MockClockState clock = client().withAdminToken("s3cret").clock();
    assertThat(clock).isEqualTo(new MockClockState("fixed", "2030-01-02T03:04:05.000Z"));
    assertThat(received)
        .containsExactly(
            new Received("GET", "/__admin/projects-mock/clock", "Token s3cret", null, ""));
  }

  @Test
  void sendsABodyAsJsonOnlyWhereTheRouteTakesOne() {
    answer = "{\"name\": \"a b\", \"token\": \"t\", \"personId\": 3, \"permissions\": {}}";
    MockIdentity identity = client().setPermissions("a b", "acme", List.of("pipeline.view"));
    assertThat(identity.name()).isEqualTo("a b");
    answer = "{\"message\": \"gone\"}";
    client().deleteIdentity("a b");
    assertThat(received)
        .containsExactly(
            new Received(
                "PUT",
                "/__admin/projects-mock/identities/a%20b/permissions/acme",
                null,
                "application/json",
                "[\"pipeline.view\"]"),
            new Received("DELETE", "/__admin/projects-mock/identities/a%20b", null, null, ""));
  }

  @Test
  void aBodyThatDoesNotFitTheRouteIsRefusedBeforeAnythingIsSent() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    AdminRoute<Object, AdminMessage> reset = (AdminRoute) AdminRouteTable.Dataset.RESET;
    assertThatThrownBy(() -> client().call(reset, Map.of("x", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("POST /projects-mock/reset takes no body");
    assertThatThrownBy(() -> client().call(AdminRouteTable.Clock.SET, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a body");
    assertThat(received).isEmpty();
  }

  @Test
  void aRefusalIsAnExceptionWithTheStatusKeyAndMessage() {
    status = 404;
    answer = "{\"key\": \"not_found\", \"message\": \"No company has the slug 'x'.\"}";
    assertThatThrownBy(() -> client().projects("x"))
        .isInstanceOfSatisfying(
            MockAdminException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.key()).isEqualTo("not_found");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "GET /projects-mock/companies/x/projects answered 404: No company has the"
                          + " slug 'x'.");
            });
    status = 502;
    answer = "Bad gateway";
    assertThatThrownBy(() -> client().reset())
        .isInstanceOfSatisfying(
            MockAdminException.class,
            e -> {
              assertThat(e.status()).isEqualTo(502);
              assertThat(e.key()).isEmpty();
            });
  }

  @Test
  void healthAsksWireMocksHealthRoute() {
    assertThat(client().healthy()).isTrue();
    status = 401;
    assertThat(client().healthy()).isFalse();
    assertThat(received).extracting(Received::path).containsOnly("/__admin/health");
  }

  @Test
  void anUnreachableMockIsStatusZero() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    MockAdminClient nowhere = MockAdminClient.of("http://127.0.0.1:" + port);
    assertThat(nowhere.healthy()).isFalse();
    assertThatThrownBy(nowhere::reset)
        .isInstanceOfSatisfying(MockAdminException.class, e -> assertThat(e.status()).isZero());
  }

  @Test
  void readsTheCoverageAndResetsTheStateWithOrWithoutIt() {
    answer =
        "{\"recording\": true, \"since\": \"2030-01-02T03:04:05Z\", \"later\": 1,"
            + " \"summary\": {\"covered\": 1, \"total\": 2}, \"behaviours\": ["
            + "{\"id\": \"200\", \"family\": \"200 OK\", \"description\": \"A list.\","
            + " \"covered\": true, \"calls\": 3, \"example\": {\"method\": \"GET\","
            + " \"path\": \"/api/projects\", \"query\": \"limit=1\", \"identity\": \"both\"}},"
            + "{\"id\": \"deleted.only\", \"family\": \"Deletion status\","
            + " \"description\": \"Deleted ones.\", \"covered\": false, \"calls\": 0,"
            + " \"howToMeet\": {\"method\": \"GET\", \"path\": \"/api/projects\","
            + " \"query\": \"deleted=only\", \"identity\": \"both\","
            + " \"headers\": {\"Wethod-Company\": \"acme\"}, \"console\": true,"
            + " \"note\": \"Keeps deleted projects.\"}}]}";
    Coverage coverage = client().coverage();
    assertThat(coverage.summary()).isEqualTo(new Coverage.Summary(1, 2));
    assertThat(coverage.coveredIds()).containsExactly("200");
    assertThat(coverage.behaviour("200").orElseThrow().example().describe())
        .isEqualTo("GET /api/projects?limit=1 as both");
    assertThat(coverage.behaviour("deleted.only").orElseThrow().howToMeet().describe())
        .isEqualTo("GET /api/projects?deleted=only as both; Wethod-Company: acme");

    answer = "{\"message\": \"done\"}";
    client().resetCoverage();
    client().reset();
    client().resetKeepingCoverage();
    assertThat(received)
        .extracting(r -> r.method() + " " + r.path())
        .containsExactly(
            "GET /__admin/projects-mock/coverage",
            "DELETE /__admin/projects-mock/coverage",
            "POST /__admin/projects-mock/reset",
            "POST /__admin/projects-mock/reset");
    assertThat(queries).containsExactly("null", "null", "null", "coverage=keep");
  }
}
