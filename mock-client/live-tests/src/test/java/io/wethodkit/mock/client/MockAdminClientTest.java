package io.wethodkit.mock.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.junit.WethodMock;
import io.wethodkit.mock.support.Calls;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The admin client as the JUnit extension hands it over: each call changes what the endpoint
 * answers, and a refused call is an exception with the mock's status and message.
 */
@WethodMock(fixtures = "src/test/resources/testdata")
class MockAdminClientTest {

  private static List<Object> ids(MockServer mock, String token, String query) {
    return Calls.list(mock, query, Calls.headers(token, "acme")).jsonPath().getList("id");
  }

  private static int status(MockServer mock, String token, String company) {
    return Calls.list(mock, "", Calls.headers(token, company)).statusCode();
  }

  @Test
  void projectsAreCreatedChangedSoftDeletedRestoredAndDeleted(
      MockServer mock, MockAdminClient admin) {
    int before = ids(mock, "tok-both", "").size();
    ObjectNode created =
        admin.createProject(
            "acme",
            Map.of(
                "name",
                "Kiosk",
                "value",
                12.5,
                "probability",
                70,
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
                11));
    long id = created.get("id").asLong();
    assertThat(ids(mock, "tok-both", "")).hasSize(before + 1).contains((int) id);
    assertThat(
            admin.updateProject("acme", id, Map.of("probability", 91)).get("probability").asInt())
        .isEqualTo(91);
    assertThat(ids(mock, "tok-both", "probability=91")).containsExactly((int) id);
    assertThat(admin.updateProjects("acme", List.of(Map.of("id", id, "probability", 5))))
        .hasSize(1);
    assertThat(admin.project("acme", id).get("probability").asInt()).isEqualTo(5);

    assertThat(admin.softDelete("acme", id).get("deleted_at").isNull()).isFalse();
    assertThat(ids(mock, "tok-both", "")).doesNotContain((int) id);
    assertThat(ids(mock, "tok-both", "deleted=only")).contains((int) id);
    admin.restore("acme", id);
    assertThat(ids(mock, "tok-both", "")).contains((int) id);
    admin.deleteProject("acme", id);
    assertThat(admin.projects("acme")).noneMatch(p -> p.get("id").asLong() == id);

    admin.reset();
    assertThat(ids(mock, "tok-both", "")).hasSize(before);
  }

  @Test
  void theDatasetRoundTripsAndReplaces(MockServer mock, MockAdminClient admin) {
    ObjectNode dataset = admin.dataset();
    assertThat(dataset.has("companies")).isTrue();
    ((com.fasterxml.jackson.databind.node.ArrayNode) dataset.get("projects").get("acme"))
        .removeAll();
    admin.replaceDataset(dataset);
    assertThat(ids(mock, "tok-both", "")).isEmpty();
    admin.reset();
    assertThat(ids(mock, "tok-both", "")).isNotEmpty();
  }

  @Test
  void identitiesArePutRevokedAndGivenPermissions(MockServer mock, MockAdminClient admin) {
    MockIdentity tester =
        admin.putIdentity(
            new MockIdentity(
                "tester",
                "demo",
                "tok-tester",
                11,
                false,
                Map.of("acme", List.of("pipeline.view"))));
    assertThat(tester.permissions()).containsEntry("acme", List.of("pipeline.view"));
    assertThat(admin.identities()).extracting(MockIdentity::name).contains("tester", "both");
    assertThat(status(mock, "tok-tester", "acme")).isEqualTo(200);

    assertThat(admin.revoke("tester").revoked()).isTrue();
    assertThat(status(mock, "tok-tester", "acme")).isEqualTo(401);
    admin.unrevoke("tester");
    assertThat(status(mock, "tok-tester", "acme")).isEqualTo(200);

    assertThat(admin.updateIdentity("tester", Map.of("personId", 12)).personId()).isEqualTo(12);
    admin.setPermissions("tester", "globex", List.of("pipeline.view_other"));
    assertThat(status(mock, "tok-tester", "globex")).isEqualTo(200);
    admin.removeCompany("tester", "globex");
    assertThat(status(mock, "tok-tester", "globex")).isEqualTo(403);

    admin.deleteIdentity("tester");
    assertThat(status(mock, "tok-tester", "acme")).isEqualTo(401);
    assertThat(admin.identity("both").token()).isEqualTo("tok-both");
  }

  @Test
  void theClockStampsChanges(MockAdminClient admin) {
    MockClockState fixed = admin.fixClock(Instant.parse("2030-01-02T03:04:05Z"));
    assertThat(fixed.fixed()).isTrue();
    assertThat(admin.updateProject("acme", 1, Map.of("probability", 10)).get("updated_at").asText())
        .startsWith("2030-01-02T03:04:05");
    assertThat(admin.realClock().fixed()).isFalse();
    assertThat(admin.clock().mode()).isEqualTo("real");
  }

  @Test
  void aRefusedCallCarriesTheStatusAndTheMessageAndChangesNothing(
      MockServer mock, MockAdminClient admin) {
    int before = ids(mock, "tok-both", "").size();
    assertThatThrownBy(() -> admin.updateProject("acme", 1, Map.of("probability", 150)))
        .isInstanceOfSatisfying(
            MockAdminException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.key()).isEqualTo("invalid_data");
              assertThat(e.getMessage()).contains("probability");
            });
    assertThatThrownBy(() -> admin.projects("initech"))
        .isInstanceOfSatisfying(
            MockAdminException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.getMessage()).contains("initech");
            });
    assertThat(ids(mock, "tok-both", "")).hasSize(before);
    assertThat(admin.project("acme", 1).get("probability").asInt()).isNotEqualTo(150);
  }

  @Test
  void anUnreachableMockIsStatusZero() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    MockAdminClient nowhere = MockAdminClient.of("http://127.0.0.1:" + port);
    assertThat(nowhere.healthy()).isFalse();
    assertThatThrownBy(nowhere::reset)
        .isInstanceOfSatisfying(MockAdminException.class, e -> assertThat(e.status()).isZero());
  }
}
