package io.wethodkit.mock.http;

import static io.wethodkit.mock.support.Calls.headers;
import static io.wethodkit.mock.support.Calls.list;
import static io.wethodkit.mock.support.Calls.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.junit.WethodMock;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.support.RawHttp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The endpoint's behaviour over real HTTP on the small test dataset, whose answers are known by
 * hand.
 */
@WethodMock(fixtures = "src/test/resources/testdata")
class ListEndpointTest {

  private MockServer mock;

  @BeforeEach
  void takeTheMock(MockServer mock) {
    this.mock = mock;
  }

  private static List<Long> ids(Response response) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    for (JsonNode item : body(response)) {
      ids.add(item.get("id").asLong());
    }
    return ids;
  }

  private static JsonNode body(Response response) {
    return Json.parse(response.asByteArray(), "answer");
  }

  private void assertConforms(Response response) {
    assertThat(response.contentType()).isEqualTo("application/json");
    assertThat(mock.contract().schemas().validateResponse(response.statusCode(), body(response)))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0} ?{1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "tok-both | '' | 1,2,3,4,6,8,9,10,12",
        "tok-view | '' | 1,2,10",
        "tok-viewOther | '' | 1,4,6,8,10,12",
        "tok-both | deleted=only | 5,7,11",
        "tok-both | deleted=include | 1,2,3,4,5,6,7,8,9,10,11,12",
        "tok-both | deleted=exclude | 1,2,3,4,6,8,9,10,12",
        "tok-view | deleted=include | 1,2,7,10",
        "tok-both | probability=gt:50 | 3,9",
        "tok-both | probability=50 | 1,6,12",
        "tok-both | probability=lt:50 | 2,4,8,10",
        "tok-both | date_start=2024-12-01 | 2,6",
        "tok-both | date_start=gt:2024-12-01 | 3,12",
        "tok-both | date_start=lt:2024-01-01 | 4,10",
        "tok-both | updated_at=2024-07-01T10:00:00%2B02:00 | 2",
        "tok-both | updated_at=2024-06-30T12:00:00Z | 1,2",
        "tok-both | updated_at=2024-03-09T12:00:00-05:00 | ''",
        "tok-both | updated_at=2024-03-10T00:00:00-05:00 | 6",
        "tok-both | updated_at=2024-03-10T23:00:00-05:00 | 6",
        "tok-both | updated_at=gt:2024-12-31T23:59:30Z | 4",
        "tok-both | updated_at=lt:2024-01-15T10:00:00Z | ''",
        "tok-both | updated_at=lt:2024-01-15T10:00:00.001Z | 8,9",
        "tok-both | updated_at=lt%3A2024-01-15T11%3A00%3A00%2E001%2B01%3A00 | 8,9",
        "tok-both | deleted_at=2024-03-09T23:55:00-05:00 | ''",
        "tok-both | deleted_at=2024-03-09T12:00:00-05:00&deleted=only | 5",
        "tok-both | deleted=include&deleted_at=gt:2024-06-30T22:02:00Z | 11",
        "tok-both | limit=2 | 1,2",
        "tok-both | offset=2&limit=2 | 3,4",
        "tok-both | offset=8 | 12",
        "tok-both | offset=99999999999999999999 | ''",
        "tok-both | probability=gt:40&date_start=lt:2025-01-01&limit=2 | 1,2",
        "tok-multi | '' | 6",
      })
  void servesTheProjectsTheQueryKeeps(String token, String query, String expected) {
    Response response = list(mock, query, headers(token, "acme"));
    List<Long> want = new ArrayList<>();
    for (String id : expected.split(",")) {
      if (!id.isBlank()) {
        want.add(Long.parseLong(id.strip()));
      }
    }
    assertThat(ids(response)).isEqualTo(want);
    assertConforms(response);
  }

  @Test
  void companiesAreIsolated() {
    assertThat(ids(list(mock, "deleted=include", headers("tok-multi", "globex"))))
        .containsExactly(1001L, 1002L, 1003L);
    assertThat(ids(list(mock, "", headers("tok-globexOnly", "globex")))).containsExactly(1002L);
  }

  @Test
  void rendersProjectsAsStoredWithNullsAndMetadataOnlyWhenSet() {
    JsonNode page = body(list(mock, "limit=3", headers("tok-both", "acme")));
    assertThat(page.get(0).get("metadata_13").asText()).isEqualTo("IT");
    assertThat(page.get(0).has("metadata_14")).isFalse();
    assertThat(page.get(0).get("purchase_order").isNull()).isTrue();
    assertThat(page.get(1).get("metadata_13").asText()).isEqualTo("Finance");
    assertThat(page.get(1).get("metadata_14").asText()).isEqualTo("North");
    List<String> names = new ArrayList<>();
    page.get(1).fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .startsWith("id", "created_at", "updated_at", "name")
        .endsWith("deleted_at", "metadata_13", "metadata_14");
    assertThat(page.get(2).toString()).doesNotContain("metadata_");
    assertThat(page.get(0).get("probability").isInt()).isTrue();
  }

  @Test
  void listsEveryInvalidParameterInTheContractOrder() {
    Response response =
        list(
            mock,
            "limit=0&probability=101&deleted=all&offset=-1&date_start=2024-02-30&updated_at=2024-01-01",
            headers("tok-both", "acme"));
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = body(response);
    assertThat(body.get("key").asText()).isEqualTo("invalid_data");
    assertThat(body.get("message").asText())
        .isEqualTo("You provided invalid data. Check 'failures' for details.");
    List<String> fields = new ArrayList<>();
    body.get("failures").forEach(f -> fields.add(f.get("field").asText()));
    assertThat(fields)
        .containsExactly("updated_at", "deleted", "probability", "date_start", "limit", "offset");
    assertConforms(response);
  }

  @ParameterizedTest(name = "?{0} is invalid for {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "limit=101 | limit",
        "limit=99999999999999999999 | limit",
        "limit=01 | limit",
        "limit=%2B1 | limit",
        "limit= | limit",
        "limit | limit",
        "limit=1&limit=1 | limit",
        "offset=-1 | offset",
        "offset=1.0 | offset",
        "deleted=ALL | deleted",
        "deleted=include&deleted=include | deleted",
        "probability=%zz | probability",
        "probability=%C3%28 | probability",
        "probability=%4 | probability",
        "probability=05 | probability",
        "probability=gte:5 | probability",
        "probability=gt: | probability",
        "probability=+5 | probability",
        "probability=99999999999999999999999 | probability",
        "date_start=2024-1-1 | date_start",
        "date_start=2023-02-29 | date_start",
        "updated_at=2024-01-01T20:00:00 | updated_at",
        "updated_at=2024-01-01t20:00:00Z | updated_at",
        "updated_at=2024-01-01T24:00:00Z | updated_at",
        "updated_at=2024-01-01T20:00:00z | updated_at",
        "probability=-0 | probability",
        "offset=-0 | offset",
        "limit=5.0 | limit",
        "deleted_at=gt:2024-01-01T20:00:00%2B19:00 | deleted_at",
      })
  void refusesAnInvalidValue(String query, String field) {
    RawHttp.Reply reply = send(mock, query, headers("tok-both", "acme"));
    assertThat(reply.status()).as(reply.text()).isEqualTo(400);
    JsonNode body = Json.parse(reply.body(), "answer");
    JsonNode failures = body.get("failures");
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0).get("field").asText()).isEqualTo(field);
    assertThat(reply.header("Content-Type")).isEqualTo("application/json");
    assertThat(mock.contract().schemas().validateResponse(400, body)).isEmpty();
  }

  @Test
  void ignoresParametersTheContractDoesNotDefine() {
    RawHttp.Reply reply = send(mock, "unknown=%zz&Limit=abc&limit=2", headers("tok-both", "acme"));
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    assertThat(Json.parse(reply.body(), "answer")).hasSize(2);
  }

  @Test
  void aRawPlusInADateTimeIsExplained() {
    Response response =
        list(mock, "updated_at=gt:2024-01-01T20:00:00+02:00", headers("tok-both", "acme"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(body(response).at("/failures/0/message").asText()).contains("%2B");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no authorization | | acme | 2024-06-15 | 401 | unauthorized",
        "basic scheme | Basic dXNlcjpwYXNz | acme | 2024-06-15 | 401 | unauthorized",
        "scheme without token | Bearer | acme | 2024-06-15 | 401 | unauthorized",
        "unknown token | Bearer nope | acme | 2024-06-15 | 401 | unauthorized",
        "revoked token | Bearer tok-revoked | acme | 2024-06-15 | 401 | unauthorized",
        "lower-case scheme | bearer tok-both | acme | 2024-06-15 | 200 | ",
        "no company | Bearer tok-both | | 2024-06-15 | 412 | precondition_failure",
        "blank company | Bearer tok-both | ' ' | 2024-06-15 | 412 | precondition_failure",
        "no version | Bearer tok-both | acme | | 412 | precondition_failure",
        "version not a date | Bearer tok-both | acme | latest | 412 | precondition_failure",
        "impossible version | Bearer tok-both | acme | 2024-02-30 | 412 | precondition_failure",
        "unsupported version | Bearer tok-both | acme | 2023-01-01 | 412 | precondition_failure",
        "unknown company | Bearer tok-both | initech | 2024-06-15 | 403 | forbidden",
        "company not accessible | Bearer tok-globexOnly | acme | 2024-06-15 | 403 | forbidden",
        "no permission | Bearer tok-none | acme | 2024-06-15 | 403 | forbidden",
      })
  void refusesByTheHeaders(
      String name, String authorization, String company, String version, int status, String key) {
    Map<String, String> headers = new HashMap<>();
    if (authorization != null) {
      headers.put("Authorization", authorization);
    }
    if (company != null) {
      headers.put("Wethod-Company", company);
    }
    if (version != null) {
      headers.put("Wethod-Version", version);
    }
    Response response = list(mock, "", headers);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    if (key != null) {
      assertThat(body(response).get("key").asText()).isEqualTo(key);
    }
    if (status == 401) {
      assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }
    assertConforms(response);
  }

  @Test
  void appliesThePrecedence401Then412Then403Then400() {
    Map<String, String> unknownCompany = new HashMap<>(headers("tok-both", "initech"));
    assertThat(list(mock, "limit=0", unknownCompany).statusCode()).isEqualTo(403);
    unknownCompany.remove("Wethod-Version");
    assertThat(list(mock, "limit=0", unknownCompany).statusCode()).isEqualTo(412);
    unknownCompany.put("Authorization", "Bearer tok-revoked");
    assertThat(list(mock, "limit=0", unknownCompany).statusCode()).isEqualTo(401);
  }
}
