package io.wethodkit.mock.filter;

import static io.wethodkit.mock.support.Calls.headers;
import static io.wethodkit.mock.support.Calls.list;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.testing.ContractCopies;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.support.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The filters come from the contract: a copy of the bundled contract with one more {@code x-filter}
 * parameter ({@code duration}, integer, minimum 1) makes the mock filter on it and refuse invalid
 * values, with no code change.
 */
class ContractDrivenFilterTest {

  private static MockServer mock;

  @BeforeAll
  static void start() {
    Contract contract = ContractCopies.withDurationFilter();
    assertThat(contract.filter("duration")).isPresent();
    mock = MockServer.builder().contract(contract).fixtures(TestData.dir()).build().start();
  }

  @AfterAll
  static void stop() {
    mock.stop();
  }

  private static List<Long> ids(String query) {
    Response response = list(mock, query, headers("tok-both", "acme"));
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    Json.parse(response.asByteArray(), "answer").forEach(p -> ids.add(p.get("id").asLong()));
    return ids;
  }

  @Test
  void filtersOnTheNewParameter() {
    assertThat(ids("duration=gt:3")).containsExactly(4L);
    assertThat(ids("duration=3")).containsExactly(1L, 2L, 3L, 6L, 8L, 9L, 10L, 12L);
    assertThat(ids("duration=lt:3")).isEmpty();
    assertThat(ids("duration=lt:13&probability=0")).containsExactly(4L);
  }

  @Test
  void refusesInvalidValuesOfTheNewParameterInTheContractOrder() {
    Response response = list(mock, "limit=0&duration=0&probability=x", headers("tok-both", "acme"));
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode failures = Json.parse(response.asByteArray(), "answer").get("failures");
    List<String> fields = new ArrayList<>();
    failures.forEach(f -> fields.add(f.get("field").asText()));
    assertThat(fields).containsExactly("probability", "duration", "limit");
    assertThat(failures.get(1).get("message").asText()).contains("at least 1");
    for (String bad : List.of("abc", "gt:", "ge:3", "01", "-3", "duration=1")) {
      Response one =
          list(
              mock,
              "duration=" + bad,
              Map.of(
                  "Authorization",
                  "Bearer tok-both",
                  "Wethod-Company",
                  "acme",
                  "Wethod-Version",
                  "2024-06-15"));
      assertThat(one.statusCode()).as(bad).isEqualTo(400);
    }
  }
}
