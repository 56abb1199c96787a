package io.wethodkit.conformance.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests go out exactly as written, under the base URL's path, and answers are recorded. */
class TargetClientTest {

  private WireMockServer server;
  private TargetClient client;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    server.stubFor(
        get(urlPathEqualTo("/v1/api/projects"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("[]")));
    client =
        new TargetClient(
            URI.create(server.baseUrl() + "/v1"), "/api/projects", Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  @Test
  void rawQueriesAndHeadersAreSentAsGiven() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", "Bearer secret-token");
    headers.put("Wethod-Company", "");

    Exchange plain =
        client.send(
            new TargetRequest(
                "updated_at=gt:2024-01-01T20:00:00%2B02:00&limit=1&limit=2", headers));
    Exchange malformed = client.send(new TargetRequest("probability=%zz&offset=1%2", Map.of()));

    assertThat(plain.status()).isEqualTo(200);
    assertThat(plain.header("content-type")).contains("application/json");
    assertThat(plain.json()).isPresent();
    assertThat(plain.requestLine())
        .isEqualTo(
            "GET /v1/api/projects?updated_at=gt:2024-01-01T20:00:00%2B02:00&limit=1&limit=2"
                + " HTTP/1.1");
    assertThat(plain.requestHeaders()).containsEntry("Authorization", "Bearer sec…(masked)");
    // Plain WireMock's server rejects the malformed escape itself; what matters is that it went
    // out.
    assertThat(malformed.answered()).as(malformed.summary()).isTrue();
    assertThat(malformed.requestLine())
        .isEqualTo("GET /v1/api/projects?probability=%zz&offset=1%2 HTTP/1.1");
    List<LoggedRequest> requests =
        server.findAll(getRequestedFor(urlPathEqualTo("/v1/api/projects")));
    assertThat(requests)
        .extracting(LoggedRequest::getUrl)
        .contains("/v1/api/projects?updated_at=gt:2024-01-01T20:00:00%2B02:00&limit=1&limit=2");
    server.verify(
        getRequestedFor(urlPathEqualTo("/v1/api/projects"))
            .withHeader("Wethod-Company", equalTo(""))
            .withHeader("Authorization", equalTo("Bearer secret-token")));
    assertThat(client.requestsSent()).isEqualTo(2);
  }
}
