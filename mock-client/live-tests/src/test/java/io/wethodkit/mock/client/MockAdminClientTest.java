package io.wethodkit.mock.client;

import static io.wethodkit.mock.client.LiveEndpoint.ids;
import static io.wethodkit.mock.client.LiveEndpoint.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.junit.WethodMock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The admin client against the mock running in-process (its bundled fixtures), as the mock's JUnit
 * extension hands it over: each call changes what the endpoint answers, and a refused call is an
 * exception with the mock's status and message that changes nothing.
 */
@WethodMock
class MockAdminClientTest {

  /** A probability no bundled project has, to find the project a test creates. */
  private static final String MINE = "probability=12";

  private static Map<String, Object> kiosk() {
    return Map.of(
        "name", "Kiosk",
        "value", 12.5,
        "probability", 12,
        "date_start", "2025-04-01",
        "duration", 3,
        "is_archived", false,
        "job_order_category_id", 1,
        "client_id", 4,
        "pm_id", 11);
  }

  @Test
  void projectsAreCreatedChangedSoftDeletedRestoredAndDeleted(
      MockServer mock, MockAdminClient admin) {
    assertThat(ids(mock, "tok-both", "acme", MINE)).isEmpty();
    long id = admin.createProject("acme", kiosk()).get("id").asLong();
    assertThat(ids(mock, "tok-both", "acme", MINE)).containsExactly(id);

    assertThat(
            admin.updateProject("acme", id, Map.of("probability", 91)).get("probability").asInt())
        .isEqualTo(91);
    assertThat(ids(mock, "tok-both", "acme", "probability=91")).containsExactly(id);
    assertThat(admin.updateProjects("acme", List.of(Map.of("id", id, "probability", 12))))
        .extracting(p -> p.get("probability").asInt())
        .containsExactly(12);
    assertThat(admin.project("acme", id).get("probability").asInt()).isEqualTo(12);

    assertThat(admin.softDelete("acme", id).get("deleted_at").isNull()).isFalse();
    assertThat(ids(mock, "tok-both", "acme", MINE)).isEmpty();
    assertThat(ids(mock, "tok-both", "acme", MINE + "&deleted=only")).containsExactly(id);
    assertThat(admin.restore("acme", id).get("deleted_at").isNull()).isTrue();
    assertThat(ids(mock, "tok-both", "acme", MINE)).containsExactly(id);

    admin.deleteProject("acme", id);
    assertThat(ids(mock, "tok-both", "acme", MINE + "&deleted=include")).isEmpty();
    assertThat(admin.projects("acme")).noneMatch(p -> p.get("id").asLong() == id);
  }

  @Test
  void theDatasetRoundTripsAndReplacesAndResetBringsTheFixturesBack(
      MockServer mock, MockAdminClient admin) {
    ObjectNode dataset = admin.dataset();
    assertThat(dataset.has("companies")).isTrue();
    ((ArrayNode) dataset.get("projects").get("acme")).removeAll();
    admin.replaceDataset(dataset);
    assertThat(ids(mock, "tok-both", "acme", "")).isEmpty();
    assertThat(admin.projects("globex")).isNotEmpty();
    admin.reset();
    assertThat(ids(mock, "tok-both", "acme", "")).isNotEmpty();
  }

  @Test
  void generatedProjectsAreTheSameForTheSameSeed(MockServer mock, MockAdminClient admin) {
    ObjectNode loaded = admin.dataset();
    admin.generateProjects(40, 7);
    ObjectNode first = admin.dataset();
    assertThat(first).isNotEqualTo(loaded);
    assertThat(first.get("companies")).isEqualTo(loaded.get("companies"));
    assertThat(ids(mock, "tok-both", "acme", "limit=100")).hasSizeBetween(1, 40);
    admin.generateProjects(40, 8);
    assertThat(admin.dataset()).isNotEqualTo(first);
    admin.generateProjects(40, 7);
    assertThat(admin.dataset()).isEqualTo(first);
    assertThatThrownBy(() -> admin.generateProjects(-1, 7))
        .isInstanceOfSatisfying(
            MockAdminException.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThat(admin.dataset()).isEqualTo(first);
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
    assertThat(admin.unrevoke("tester").revoked()).isFalse();
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
  void aNameIsSentAsOnePathSegmentWhateverItHolds(MockServer mock, MockAdminClient admin) {
    String name = "QA team/ü+1 %";
    admin.putIdentity(
        new MockIdentity(name, "", "tok-qa", 11, false, Map.of("acme", List.of("pipeline.view"))));
    assertThat(admin.identity(name).name()).isEqualTo(name);
    assertThat(admin.identities()).extracting(MockIdentity::name).contains(name);
    assertThat(admin.revoke(name).revoked()).isTrue();
    assertThat(status(mock, "tok-qa", "acme")).isEqualTo(401);
    admin.deleteIdentity(name);
    assertThat(admin.identities()).extracting(MockIdentity::name).doesNotContain(name);
  }

  @Test
  void theClockStampsChanges(MockAdminClient admin) {
    MockClockState fixed = admin.fixClock(Instant.parse("2030-01-02T03:04:05Z"));
    assertThat(fixed.fixed()).isTrue();
    assertThat(admin.clock().now()).startsWith("2030-01-02T03:04:05");
    assertThat(admin.updateProject("acme", 1, Map.of("probability", 10)).get("updated_at").asText())
        .startsWith("2030-01-02T03:04:05");
    assertThat(admin.realClock().fixed()).isFalse();
    assertThat(admin.clock().mode()).isEqualTo("real");
  }

  @Test
  void aRefusedCallCarriesTheStatusAndTheMessageAndChangesNothing(
      MockServer mock, MockAdminClient admin) {
    ObjectNode before = admin.dataset();
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
              assertThat(e.key()).isEqualTo("not_found");
              assertThat(e.getMessage()).contains("initech");
            });
    assertThat(admin.dataset()).isEqualTo(before);
    assertThat(admin.project("acme", 1).get("probability").asInt()).isNotEqualTo(150);
  }

  @Test
  void theCoverageReadThroughTheClientIsTheMocksOwnAndItsResetsAreTheMocks(
      MockServer mock, MockAdminClient admin) {
    admin.resetCoverage();
    CoverageAssert.assertThat(admin.coverage()).coversNothing();
    assertThat(admin.coverage().ids()).isEqualTo(mock.coverage().ids());

    assertThat(status(mock, "tok-none", "acme")).isEqualTo(403);
    ids(mock, "tok-both", "acme", "deleted=only");
    Coverage read = admin.coverage();
    CoverageAssert.assertThat(read).covers("403.no-permission", "200", "deleted.only");
    assertThat(read.behaviour("deleted.only").orElseThrow().example())
        .isEqualTo(new Coverage.Example("GET", "/api/projects", "deleted=only", "both"));
    assertThat(read).isEqualTo(mock.coverage().current());
    CoverageAssert.assertThat(admin.liveCoverage()).covers("deleted.only");

    admin.resetKeepingCoverage();
    CoverageAssert.assertThat(admin.coverage()).covers("deleted.only");
    admin.reset();
    CoverageAssert.assertThat(admin.coverage()).coversNothing();
  }
}
