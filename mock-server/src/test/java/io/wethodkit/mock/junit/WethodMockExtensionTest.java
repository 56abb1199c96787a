package io.wethodkit.mock.junit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.wethodkit.mock.MockServer;
import java.net.URI;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A test class as another team writes it: the mock runs, hands over its URL, resets between tests.
 */
@WethodMock(fixtures = "src/test/resources/testdata")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WethodMockExtensionTest {

  private static String firstBaseUrl;

  private static Response listAsBoth(String baseUrl) {
    return given()
        .baseUri(baseUrl)
        .header("Authorization", "Bearer tok-both")
        .header("Wethod-Company", "acme")
        .header("Wethod-Version", "2024-06-15")
        .get("/api/projects");
  }

  @Test
  @Order(1)
  void handsTheBaseUrlToTheTest(
      @MockBaseUrl String baseUrl, @MockBaseUrl URI uri, MockServer mock) {
    firstBaseUrl = baseUrl;
    assertThat(baseUrl)
        .startsWith("http://127.0.0.1:")
        .isEqualTo(uri.toString())
        .isEqualTo(mock.baseUrl());
    assertThat(mock.port()).isPositive();
    assertThat(listAsBoth(baseUrl).jsonPath().getList("id")).hasSize(9);
  }

  @Test
  @Order(2)
  void changesStateAndAddsAStub(@MockBaseUrl String baseUrl, MockServer mock) {
    assertThat(
            given()
                .baseUri(baseUrl)
                .post("/__admin/projects-mock/companies/acme/projects/1/soft-delete")
                .statusCode())
        .isEqualTo(200);
    assertThat(listAsBoth(baseUrl).jsonPath().getList("id")).hasSize(8);
    mock.wireMock()
        .stubFor(get(urlPathEqualTo("/api/other")).willReturn(aResponse().withStatus(204)));
  }

  @Test
  @Order(3)
  void resetsStateAndStubsBeforeEachTestOnTheSameServer(@MockBaseUrl String baseUrl) {
    assertThat(baseUrl).isEqualTo(firstBaseUrl);
    assertThat(listAsBoth(baseUrl).jsonPath().getList("id")).hasSize(9);
    assertThat(given().baseUri(baseUrl).get("/api/other").statusCode()).isEqualTo(404);
  }

  @Nested
  class InANestedClass {
    @Test
    void sharesTheServer(@MockBaseUrl String baseUrl) {
      assertThat(listAsBoth(baseUrl).statusCode()).isEqualTo(200);
    }
  }
}
