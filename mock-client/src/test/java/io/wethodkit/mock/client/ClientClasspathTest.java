package io.wethodkit.mock.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The client stays light: it runs where neither WireMock nor Jetty is on the classpath (a
 * container's tests, another team's build), and its route table needs neither.
 */
class ClientClasspathTest {

  @Test
  void theTableAndTheClientLoadWithoutWireMockOrJetty() {
    for (String server :
        new String[] {
          "com.github.tomakehurst.wiremock.WireMockServer", "org.eclipse.jetty.server.Server"
        }) {
      assertThatThrownBy(() -> Class.forName(server)).isInstanceOf(ClassNotFoundException.class);
    }
    assertThat(AdminRouteTable.all()).isNotEmpty();
    assertThat(MockAdminClient.of("http://127.0.0.1:1").baseUrl()).hasPort(1);
  }
}
