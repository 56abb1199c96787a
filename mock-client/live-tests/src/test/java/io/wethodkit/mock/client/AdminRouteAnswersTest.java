package io.wethodkit.mock.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.wethodkit.mock.junit.WethodMock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route of the table, called through the client's {@link MockAdminClient#call} with a body of
 * its body type, is answered, and the answer reads as the route's answer type: the table the client
 * builds its calls from is the one the mock serves.
 */
@WethodMock
class AdminRouteAnswersTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Map<String, Object> VALUES =
      Map.of("company", "acme", "id", 1L, "name", "view");

  /** A valid body of each route that takes one; a route added to the table must add its own. */
  private static final Map<AdminRoute<?, ?>, Object> BODIES =
      Map.of(
          AdminRouteTable.Dataset.GENERATE,
          Map.of("projects", 20L, "seed", 3L),
          AdminRouteTable.Projects.CREATE,
          Map.of(
              "name",
              "Kiosk",
              "value",
              1.5,
              "probability",
              12,
              "date_start",
              "2025-04-01",
              "duration",
              3,
              "is_archived",
              false,
              "job_order_category_id",
              1,
              "client_id",
              4,
              "pm_id",
              11),
          AdminRouteTable.Projects.UPDATE_MANY,
          List.of(Map.of("id", 1, "probability", 5)),
          AdminRouteTable.Projects.UPDATE,
          Map.of("probability", 5),
          AdminRouteTable.Identities.PUT,
          new MockIdentity("view", "", "tok-view-2", 11, false, Map.of("acme", List.of())),
          AdminRouteTable.Identities.UPDATE,
          Map.of("personId", 12),
          AdminRouteTable.Permissions.SET,
          List.of("pipeline.view"),
          AdminRouteTable.Clock.SET,
          Map.of("mode", "fixed", "instant", Instant.EPOCH.toString()),
          AdminRouteTable.Console.EXPLAIN,
          MAPPER
              .createObjectNode()
              .put("authorization", "Bearer tok-view")
              .put("company", "acme")
              .put("version", "2024-06-15")
              .put("query", "limit=1"));

  private MockAdminClient admin;

  @BeforeEach
  void keep(MockAdminClient admin) {
    this.admin = admin;
  }

  static Stream<AdminRoute<?, ?>> routes() {
    return AdminRouteTable.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("routes")
  void answersAsItsAnswerType(AdminRoute<?, ?> route) {
    if (route == AdminRouteTable.Projects.RESTORE) {
      admin.softDelete("acme", 1);
    }
    Object body = route == AdminRouteTable.Dataset.REPLACE ? admin.dataset() : BODIES.get(route);
    assertThat(body != null).as(route + " has a sample body").isEqualTo(route.takesBody());
    Object[] values = route.parameters().stream().map(VALUES::get).toArray();

    Object answer = call(route, body, values);

    JavaType type = TypeFactory.defaultInstance().constructType(route.answerType());
    assertThat(answer).as(route.toString()).isInstanceOf(type.getRawClass());
    if (type.isCollectionLikeType()) {
      assertThat((Collection<?>) answer)
          .isNotEmpty()
          .allMatch(type.getContentType().getRawClass()::isInstance);
    }
  }

  @SuppressWarnings("unchecked")
  private <B> Object call(AdminRoute<B, ?> route, Object body, Object[] values) {
    return admin.call(route, (B) body, values);
  }
}
