package io.wethodkit.mock.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.wethodkit.mock.support.Calls.headers;
import static io.wethodkit.mock.support.Calls.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.restassured.response.Response;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.junit.WethodMock;
import io.wethodkit.mock.support.Calls;
import io.wethodkit.mock.support.TestData;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What WireMock brings stays available: user stubs take over the endpoint, CORS, the admin API. */
@WethodMock(fixtures = "src/test/resources/testdata")
class WireMockFeaturesTest {

  @Test
  void aUserStubForThePathTakesOverAndItsRemovalGivesTheEmulationBack(MockServer mock) {
    assertThat(list(mock, "", headers("tok-both", "acme")).statusCode()).isEqualTo(200);
    StubMapping slow =
        mock.wireMock()
            .stubFor(
                get(urlPathEqualTo("/api/projects"))
                    .willReturn(
                        aResponse()
                            .withStatus(503)
                            .withFixedDelay(300)
                            .withHeader("Content-Type", "application/json")
                            .withBody("{\"key\":\"down\"}")));
    long started = System.nanoTime();
    Response stubbed = list(mock, "", headers("tok-both", "acme"));
    assertThat(stubbed.statusCode()).isEqualTo(503);
    assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(300_000_000L);
    mock.wireMock().removeStub(slow);
    assertThat(list(mock, "", headers("tok-both", "acme")).statusCode()).isEqualTo(200);
  }

  @Test
  void aStubMatchingOnlySomeRequestsLeavesTheOthersToTheEmulation(MockServer mock) {
    mock.wireMock()
        .stubFor(
            get(urlPathEqualTo("/api/projects"))
                .withHeader(
                    "Wethod-Company",
                    com.github.tomakehurst.wiremock.client.WireMock.equalTo("globex"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertThat(list(mock, "", headers("tok-both", "acme")).statusCode()).isEqualTo(200);
    assertThatThrownBy(() -> list(mock, "", headers("tok-multi", "globex")))
        .isInstanceOf(Exception.class);
  }

  @Test
  void aStubAddedThroughTheAdminApiTakesOverToo(MockServer mock) {
    Response added =
        Calls.raw(mock)
            .contentType("application/json")
            .body(
                "{\"request\": {\"method\": \"GET\", \"urlPath\": \"/api/projects\"}, \"response\": {\"status\": 500, \"body\": \"boom\"}}")
            .post("/__admin/mappings");
    assertThat(added.statusCode()).isEqualTo(201);
    assertThat(list(mock, "", headers("tok-both", "acme")).statusCode()).isEqualTo(500);
    assertThat(Calls.raw(mock).delete("/__admin/mappings").statusCode()).isEqualTo(200);
    assertThat(list(mock, "", headers("tok-both", "acme")).statusCode()).isEqualTo(200);
  }

  @Test
  void aPageOnAnotherOriginCanCallIt(MockServer mock) {
    Response preflight =
        Calls.raw(mock)
            .header("Origin", "http://localhost:3000")
            .header("Access-Control-Request-Method", "GET")
            .header("Access-Control-Request-Headers", "authorization,wethod-company,wethod-version")
            .options("/api/projects");
    assertThat(preflight.statusCode()).isLessThan(300);
    assertThat(preflight.header("Access-Control-Allow-Origin")).isIn("http://localhost:3000", "*");
    assertThat(preflight.header("Access-Control-Allow-Methods")).contains("GET");
    assertThat(preflight.header("Access-Control-Allow-Headers").toLowerCase())
        .contains("authorization", "wethod-company", "wethod-version");

    Map<String, String> withOrigin = new java.util.HashMap<>(headers("tok-both", "acme"));
    withOrigin.put("Origin", "http://localhost:3000");
    Response answer = list(mock, "limit=1", withOrigin);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.header("Access-Control-Allow-Origin")).isIn("http://localhost:3000", "*");
    Response error = list(mock, "limit=0", withOrigin);
    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.header("Access-Control-Allow-Origin")).isIn("http://localhost:3000", "*");
  }

  @Test
  void wireMocksOwnAdminApiAndOtherPathsStillWork(MockServer mock) {
    assertThat(Calls.raw(mock).get("/__admin/mappings").statusCode()).isEqualTo(200);
    assertThat(Calls.raw(mock).get("/api/other").statusCode()).isEqualTo(404);
    mock.wireMock()
        .stubFor(get(urlPathEqualTo("/api/other")).willReturn(aResponse().withStatus(204)));
    assertThat(Calls.raw(mock).get("/api/other").statusCode()).isEqualTo(204);
  }

  @Test
  void theJournalIsOffUnlessAskedFor(MockServer mock) {
    assertThat(Calls.raw(mock).get("/__admin/requests").statusCode()).isNotEqualTo(200);
    try (MockServer journaled =
        MockServer.builder().fixtures(TestData.dir()).journal(true).build().start()) {
      list(journaled, "limit=1", headers("tok-both", "acme"));
      assertThat(journaled.wireMock().getAllServeEvents()).hasSize(1);
      assertThat(journaled.wireMock().getAllServeEvents().get(0).getRequest().getUrl())
          .isEqualTo("/api/projects?limit=1");
    }
  }

  @Test
  void aStubProxyingToAnotherServerBuildsWireMocksClientOnItsFirstUse(MockServer mock) {
    OnDemandProxyClients clients =
        (OnDemandProxyClients) mock.wireMock().getOptions().httpClientFactory();
    assertThat(list(mock, "", headers("tok-both", "acme")).statusCode()).isEqualTo(200);
    assertThat(clients.built()).as("clients built before any proxying").isZero();
    WireMockServer upstream = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    upstream.start();
    try {
      upstream.stubFor(get("/upstream/hello").willReturn(aResponse().withBody("hello")));
      mock.wireMock()
          .stubFor(get("/upstream/hello").willReturn(aResponse().proxiedFrom(upstream.baseUrl())));
      Response proxied = Calls.raw(mock).get("/upstream/hello");
      assertThat(proxied.statusCode()).isEqualTo(200);
      assertThat(proxied.asString()).isEqualTo("hello");
      assertThat(clients.built()).isEqualTo(1);
    } finally {
      upstream.stop();
    }
  }
}
