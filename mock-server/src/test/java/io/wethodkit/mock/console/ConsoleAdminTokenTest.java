package io.wethodkit.mock.console;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.security.TokenAuthenticator;
import io.wethodkit.contract.Contract;
import io.wethodkit.mock.StandardParts;
import io.wethodkit.mock.endpoint.ProjectsEndpoint;
import io.wethodkit.mock.store.FixtureLoader;
import io.wethodkit.mock.store.MockClock;
import io.wethodkit.mock.store.MockState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console's routes are WireMock admin routes: a server with an admin authenticator guards them
 * like every other admin call, with the header the page sends ({@code Authorization: Token <t>}).
 */
class ConsoleAdminTokenTest {

  private static final String TOKEN = "s3cret";

  private final HttpClient http = HttpClient.newHttpClient();
  private WireMockServer server;

  @BeforeEach
  void start() {
    Contract contract = Contract.bundled();
    MockState state = new MockState(new FixtureLoader(contract).loadBundled(), new MockClock());
    ConsoleAdminApi console = new ConsoleAdminApi(ConsolePage.bundled());
    console.attach(
        contract,
        new ProjectsEndpoint(StandardParts.of(contract), state),
        state,
        new RecentCalls());
    server =
        new WireMockServer(
            options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .adminAuthenticator(new TokenAuthenticator(TOKEN))
                .extensions(console));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void withoutTheTokenEveryConsoleRouteIsRefused() throws Exception {
    for (String route : new String[] {"", "/model", "/calls"}) {
      assertThat(get(route, null).statusCode()).as(route).isEqualTo(401);
      assertThat(get(route, "Token wrong").statusCode()).as(route).isEqualTo(401);
    }
  }

  @Test
  void withTheTokenTheConsoleRoutesAnswer() throws Exception {
    HttpResponse<String> model = get("/model", "Token " + TOKEN);
    assertThat(model.statusCode()).isEqualTo(200);
    assertThat(model.body()).contains("\"filters\"");
    assertThat(get("/calls", "Token " + TOKEN).statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> get(String route, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
            URI.create(server.baseUrl() + "/__admin" + ConsoleAdminApi.ROOT + route));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
