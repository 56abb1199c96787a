package io.wethodkit.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.mock.MockServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The image's health check against a running mock, configured by the environment as in Docker. */
class HealthCheckTest {

  private static MockServer mock;

  @BeforeAll
  static void start() {
    mock = MockServer.builder().port(0).adminToken("health-token").build().start();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int check(Map<String, String> environment) {
    return HealthCheck.check(environment, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aMockAnsweringItsHealthToTheTokenIsHealthy() {
    assertThat(
            check(
                Map.of(
                    "WETHOD_MOCK_PORT",
                    String.valueOf(mock.port()),
                    "WETHOD_MOCK_ADMIN_TOKEN",
                    "health-token")))
        .isZero();
    assertThat(err()).isEmpty();
  }

  @Test
  void anotherTokenOrNoneIsUnhealthyWithTheStatusSaid() {
    String port = String.valueOf(mock.port());
    assertThat(check(Map.of("WETHOD_MOCK_PORT", port, "WETHOD_MOCK_ADMIN_TOKEN", "not-it")))
        .isEqualTo(1);
    assertThat(check(Map.of("WETHOD_MOCK_PORT", port))).isEqualTo(1);
    assertThat(err()).contains("/__admin/health answered 401");
  }

  @Test
  void nothingListeningIsUnhealthy() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    assertThat(check(Map.of("WETHOD_MOCK_PORT", String.valueOf(closedPort)))).isEqualTo(1);
    assertThat(err()).contains("unhealthy", "127.0.0.1:" + closedPort);
  }

  @Test
  void aBadPortIsUnhealthyNotACrash() {
    assertThat(check(Map.of("WETHOD_MOCK_PORT", "eighty"))).isEqualTo(1);
    assertThat(check(Map.of("WETHOD_MOCK_PORT", "70000"))).isEqualTo(1);
    assertThat(err()).contains("WETHOD_MOCK_PORT is not a port: 'eighty'", "'70000'");
  }

  @Test
  void itCallsLoopbackWhenTheMockListensEverywhereElseTheAddressItListensOn() {
    assertThat(HealthCheck.healthUri(Map.of("WETHOD_MOCK_BIND", "0.0.0.0")))
        .hasToString("http://127.0.0.1:8080/__admin/health");
    assertThat(HealthCheck.healthUri(Map.of("WETHOD_MOCK_BIND", "::", "WETHOD_MOCK_PORT", "9")))
        .hasToString("http://127.0.0.1:9/__admin/health");
    assertThat(HealthCheck.healthUri(Map.of("WETHOD_MOCK_BIND", "::1")))
        .hasToString("http://[0:0:0:0:0:0:0:1]:8080/__admin/health");
    assertThat(HealthCheck.healthUri(Map.of("WETHOD_MOCK_BIND", "10.1.2.3")))
        .hasToString("http://10.1.2.3:8080/__admin/health");
    assertThat(HealthCheck.healthUri(Map.of())).hasToString("http://127.0.0.1:8080/__admin/health");
  }
}
