package io.wethodkit.mock.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.client.AdminRoute;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.junit.WethodMock;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.support.Calls;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route of the table, given bad input, answers a clear JSON error in the admin API's format
 * and changes nothing: a body that is not JSON or not of the route's shape is a 400, a project id
 * that is not a number a 400, an unknown company, project or identity a 404.
 */
@WethodMock(fixtures = "src/test/resources/testdata")
class AdminBadInputTest {

  private static final Map<String, String> GOOD =
      Map.of("company", "acme", "id", "1", "name", "both");
  private static final Map<String, String> UNKNOWN =
      Map.of("company", "initech", "id", "1001", "name", "nobody");

  private MockServer mock;

  @BeforeEach
  void fixTheClock(MockServer mock) {
    this.mock = mock;
    // A fixed clock, so that the state read before and after a call compares equal.
    mock.state().clock().fix(Instant.parse("2030-01-02T03:04:05Z"));
    // Something covered, which no refused call may take away.
    Calls.list(mock, "deleted=only", Calls.headers("tok-both", "acme"));
  }

  static Stream<AdminRoute<?, ?>> routesWithBody() {
    return AdminRouteTable.all().stream().filter(AdminRoute::takesBody);
  }

  static Stream<AdminRoute<?, ?>> routesWithoutBody() {
    return AdminRouteTable.all().stream().filter(route -> !route.takesBody());
  }

  static Stream<AdminRoute<?, ?>> routesNamingSomethingWithoutBody() {
    return routesWithoutBody().filter(route -> !route.parameters().isEmpty());
  }

  static Stream<AdminRoute<?, ?>> routesOfAProject() {
    return AdminRouteTable.all().stream().filter(route -> route.parameters().contains("id"));
  }

  private Response send(AdminRoute<?, ?> route, Map<String, String> values, String body) {
    String path =
        AdminRouteTable.ADMIN_PATH
            + route.path(route.parameters().stream().map(values::get).toArray());
    RequestSpecification spec = Calls.raw(mock);
    if (body != null) {
      spec = spec.contentType("application/json").body(body);
    }
    return spec.request(route.method(), path);
  }

  /** The data, the clock and the coverage, as the admin API shows them. */
  private String state() {
    return Calls.raw(mock).get("/__admin/projects-mock/dataset").asString()
        + Calls.raw(mock).get("/__admin/projects-mock/clock").asString()
        + Calls.raw(mock).get("/__admin/projects-mock/coverage").asString();
  }

  private void assertUnchanged(String before, String what) {
    assertThat(state().equals(before)).as("the state is unchanged after " + what).isTrue();
  }

  private void assertError(Response answer, int status, String key, String mentions) {
    assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(status);
    assertThat(answer.contentType()).isEqualTo("application/json");
    JsonNode body = Json.parse(answer.asByteArray(), "answer");
    assertThat(body.fieldNames()).toIterable().containsExactly("key", "message");
    assertThat(body.get("key").asText()).isEqualTo(key);
    assertThat(body.get("message").asText()).contains(mentions);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("routesWithBody")
  void aBodyThatIsNotJsonOrNotOfTheRoutesShapeIsA400AndChangesNothing(AdminRoute<?, ?> route) {
    String before = state();
    for (String body : List.of("not json", "42", "\"text\"")) {
      assertError(send(route, GOOD, body), 400, "invalid_data", "body");
      assertUnchanged(before, route + " with " + body);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("routesOfAProject")
  void anIdThatIsNotANumberIsA400AndChangesNothing(AdminRoute<?, ?> route) {
    Map<String, String> values = new HashMap<>(GOOD);
    values.put("id", "abc");
    String before = state();
    assertError(send(route, values, route.takesBody() ? "{}" : null), 400, "invalid_data", "abc");
    assertUnchanged(before, route + " of project abc");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("routesNamingSomethingWithoutBody")
  void anUnknownCompanyProjectOrIdentityIsA404AndChangesNothing(AdminRoute<?, ?> route) {
    for (String parameter : route.parameters()) {
      Map<String, String> values = new HashMap<>(GOOD);
      values.put(parameter, UNKNOWN.get(parameter));
      String before = state();
      assertError(send(route, values, null), 404, "not_found", UNKNOWN.get(parameter));
      assertUnchanged(before, route + " of " + values);
    }
  }

  @ParameterizedTest(name = "coverage={0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"", "KEEP", "later", "keep,reset"})
  void theResetsCoverageChoiceIsKeepOrResetAnythingElseIsA400AndChangesNothing(String choice) {
    String before = state();
    assertThat(before).contains("\"covered\":true");
    Response answer =
        Calls.raw(mock)
            .post(
                AdminRouteTable.ADMIN_PATH
                    + AdminRouteTable.Dataset.RESET.path()
                    + "?coverage="
                    + choice);
    assertError(answer, 400, "invalid_data", "coverage");
    assertUnchanged(before, "a reset with coverage=" + choice);
  }

  /** The other side of the checks above: without a body, good values are answered 200. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("routesWithoutBody")
  void everyRouteIsServedByTheMockWithGoodInput(AdminRoute<?, ?> route) {
    if (route == AdminRouteTable.Projects.RESTORE) {
      send(AdminRouteTable.Projects.SOFT_DELETE, GOOD, null);
    }
    Response answer = send(route, GOOD, null);
    assertThat(answer.statusCode()).as(route + ": " + answer.asString()).isEqualTo(200);
  }
}
