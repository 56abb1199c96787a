package io.wethodkit.mock.admin;

import static io.wethodkit.mock.support.Calls.headers;
import static io.wethodkit.mock.support.Calls.list;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.junit.WethodMock;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.support.Calls;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every admin operation, each with an invalid input that leaves the state as it was. */
@WethodMock(fixtures = "src/test/resources/testdata")
class AdminApiTest {

  private static final String ADMIN = "/__admin/projects-mock";
  private static final String NOW = "2030-01-02T03:04:05Z";
  private static final String STAMP = "2030-01-02T03:04:05.000Z";

  private MockServer mock;

  @BeforeEach
  void resetAndFixTheClock(MockServer mock) {
    this.mock = mock;
    Response reset = call("POST", "/reset", null);
    assertThat(reset.statusCode()).as(reset.asString()).isEqualTo(200);
    Response clock = call("PUT", "/clock", "{\"mode\":\"fixed\",\"instant\":\"" + NOW + "\"}");
    assertThat(clock.statusCode()).as(clock.asString()).isEqualTo(200);
  }

  private Response call(String method, String path, String body) {
    var spec = Calls.raw(mock).contentType("application/json");
    if (body != null) {
      spec = spec.body(body);
    }
    return spec.request(method, ADMIN + path);
  }

  private static JsonNode json(Response response) {
    return Json.parse(response.asByteArray(), "admin answer");
  }

  private List<Long> ids(String token, String query) {
    Response response = list(mock, query, headers(token, "acme"));
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    json(response).forEach(p -> ids.add(p.get("id").asLong()));
    return ids;
  }

  private String dataset() {
    return call("GET", "/dataset", null).asString();
  }

  private void assertRefusedAndUnchanged(Response response, String mentions, String before) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(400);
    assertThat(json(response).get("key").asText()).isEqualTo("invalid_data");
    assertThat(json(response).get("message").asText()).contains(mentions);
    assertThat(dataset()).isEqualTo(before);
  }

  private static String project(long id, int probability) {
    ObjectNode node = Json.object();
    node.put("id", id)
        .put("name", "Created project")
        .put("value", 12.5)
        .put("probability", probability)
        .put("date_start", "2024-05-01")
        .put("duration", 2)
        .put("is_archived", false)
        .put("job_order_category_id", 1)
        .put("client_id", 4)
        .put("pm_id", 11)
        .put("metadata_13", "IT");
    return node.toString();
  }

  @Test
  void createsAProjectStampedByTheClock() {
    String before = dataset();
    assertRefusedAndUnchanged(
        call("POST", "/companies/acme/projects", project(500, 101)), "probability", before);
    assertRefusedAndUnchanged(
        call("POST", "/companies/acme/projects", project(1, 10)), "already used", before);
    assertRefusedAndUnchanged(
        call("POST", "/companies/acme/projects", "{\"id\": 501, \"nme\": 1}"), "nme", before);
    assertRefusedAndUnchanged(
        call("POST", "/companies/acme/projects", "not json"), "not valid JSON", before);
    assertThat(call("POST", "/companies/initech/projects", project(500, 10)).statusCode())
        .isEqualTo(404);

    Response created = call("POST", "/companies/acme/projects", project(500, 70));
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    assertThat(json(created).get("updated_at").asText()).isEqualTo(STAMP);
    assertThat(json(created).get("created_at").asText()).isEqualTo(STAMP);
    assertThat(json(created).get("deleted_at").isNull()).isTrue();
    assertThat(ids("tok-view", "probability=70")).containsExactly(500L);
    JsonNode listed = json(list(mock, "probability=70", headers("tok-both", "acme"))).get(0);
    assertThat(listed.get("metadata_13").asText()).isEqualTo("IT");
    assertThat(mock.contract().schemas().validateComponent("Project", listed)).isEmpty();

    ObjectNode withoutId = (ObjectNode) Json.parse(project(0, 71).getBytes(), "p");
    withoutId.remove("id");
    assertThat(
            json(call("POST", "/companies/acme/projects", withoutId.toString())).get("id").asLong())
        .isEqualTo(1004L);
  }

  @Test
  void updatesPartiallyAndStampsUpdatedAt() {
    String before = dataset();
    assertRefusedAndUnchanged(
        call("PATCH", "/companies/acme/projects/1", "{\"metadata_13\": \"Nope\"}"),
        "metadata_13",
        before);
    assertRefusedAndUnchanged(
        call("PATCH", "/companies/acme/projects/1", "{\"id\": 2}"), "cannot change", before);
    assertRefusedAndUnchanged(
        call("PATCH", "/companies/acme/projects/1", "{\"name\": null}"), "name", before);
    assertThat(call("PATCH", "/companies/acme/projects/1001", "{\"probability\": 1}").statusCode())
        .isEqualTo(404);

    Response updated =
        call(
            "PATCH",
            "/companies/acme/projects/1",
            "{\"probability\": 99, \"metadata_13\": null, \"account_id\": 12}");
    assertThat(updated.statusCode()).as(updated.asString()).isEqualTo(200);
    JsonNode project = json(updated);
    assertThat(project.get("probability").asInt()).isEqualTo(99);
    assertThat(project.has("metadata_13")).isFalse();
    assertThat(project.get("updated_at").asText()).isEqualTo(STAMP);
    assertThat(project.get("name").asText()).isEqualTo("Website redesign for Initech");
    assertThat(ids("tok-both", "probability=99")).containsExactly(1L);
    assertThat(ids("tok-viewOther", "")).doesNotContain(1L);
  }

  @Test
  void refusesStoredValuesThatFiltersOrOwnershipWouldReadOtherwise() {
    String before = dataset();
    for (String body :
        List.of(
            "{\"pm_id\": 11.0}",
            "{\"account_id\": 13.0}",
            "{\"probability\": 50.0}",
            "{\"created_at\": \"2024-01-01t10:00:00Z\"}",
            "{\"created_at\": \"2024-01-01T10:00:00z\"}",
            "{\"created_at\": \"2024-01-01 10:00:00Z\"}",
            "{\"date_start\": \"2024-1-01\"}")) {
      String field = body.substring(2, body.indexOf('"', 2));
      Response refused = call("PATCH", "/companies/acme/projects/1", body);
      assertRefusedAndUnchanged(refused, field, before);
      assertThat(json(refused).get("message").asText()).as(body).contains("must be");
    }
    ObjectNode created = (ObjectNode) Json.parse(project(600, 10).getBytes(), "p");
    created.put("pm_id", 11.0);
    assertRefusedAndUnchanged(
        call("POST", "/companies/acme/projects", created.toString()), "pm_id", before);
  }

  @Test
  void updatesSeveralProjectsAllOrNothing() {
    String before = dataset();
    assertRefusedAndUnchanged(
        call(
            "PATCH",
            "/companies/acme/projects",
            "[{\"id\": 1, \"probability\": 40}, {\"id\": 2, \"probability\": 140}]"),
        "probability",
        before);
    Response unknown =
        call(
            "PATCH",
            "/companies/acme/projects",
            "[{\"id\": 1, \"probability\": 40}, {\"id\": 1001, \"probability\": 40}]");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(dataset()).isEqualTo(before);
    Response ok =
        call(
            "PATCH",
            "/companies/acme/projects",
            "[{\"id\": 1, \"probability\": 41}, {\"id\": 2, \"probability\": 58}]");
    assertThat(ok.statusCode()).as(ok.asString()).isEqualTo(200);
    assertThat(ids("tok-both", "probability=41")).containsExactly(1L);
    assertThat(ids("tok-both", "probability=58")).containsExactly(2L);
  }

  @Test
  void softDeletesRestoresAndHardDeletes() {
    Response deleted = call("POST", "/companies/acme/projects/1/soft-delete", null);
    assertThat(deleted.statusCode()).as(deleted.asString()).isEqualTo(200);
    assertThat(json(deleted).get("deleted_at").asText()).isEqualTo(STAMP);
    assertThat(json(deleted).get("updated_at").asText()).isEqualTo(STAMP);
    assertThat(ids("tok-both", "")).doesNotContain(1L);
    assertThat(ids("tok-both", "deleted=only&deleted_at=2030-01-02T00:00:00Z")).containsExactly(1L);
    String before = dataset();
    assertRefusedAndUnchanged(
        call("POST", "/companies/acme/projects/1/soft-delete", null), "already", before);

    Response restored = call("POST", "/companies/acme/projects/1/restore", null);
    assertThat(json(restored).get("deleted_at").isNull()).isTrue();
    assertThat(ids("tok-both", "")).contains(1L);
    String after = dataset();
    assertRefusedAndUnchanged(
        call("POST", "/companies/acme/projects/1/restore", null), "not soft-deleted", after);

    assertThat(call("DELETE", "/companies/acme/projects/1", null).statusCode()).isEqualTo(200);
    assertThat(ids("tok-both", "deleted=include")).doesNotContain(1L);
    assertThat(call("GET", "/companies/acme/projects/1", null).statusCode()).isEqualTo(404);
    assertThat(call("DELETE", "/companies/acme/projects/abc", null).statusCode()).isEqualTo(400);
  }

  @Test
  void replacesTheWholeDatasetAllOrNothing() {
    ObjectNode document = (ObjectNode) json(call("GET", "/dataset", null));
    ArrayNode acme = (ArrayNode) document.get("projects").get("acme");
    String before = dataset();
    ((ObjectNode) acme.get(0)).put("probability", 5);
    ((ObjectNode) acme.get(3)).put("probability", -5);
    assertRefusedAndUnchanged(call("PUT", "/dataset", document.toString()), "acme[3]", before);
    ((ObjectNode) acme.get(3)).put("probability", 6);
    ((ObjectNode) acme.get(5)).put("id", 1001);
    assertRefusedAndUnchanged(call("PUT", "/dataset", document.toString()), "1001", before);
    ((ObjectNode) acme.get(5)).put("id", 6);
    Response replaced = call("PUT", "/dataset", document.toString());
    assertThat(replaced.statusCode()).as(replaced.asString()).isEqualTo(200);
    assertThat(ids("tok-both", "probability=lt:7")).containsExactly(1L, 4L);

    assertThat(call("POST", "/reset", null).statusCode()).isEqualTo(200);
    assertThat(dataset()).isEqualTo(before);
    assertThat(ids("tok-both", "probability=lt:7")).containsExactly(4L);
  }

  @Test
  void managesIdentitiesAndTheirPermissions() {
    String before = dataset();
    assertRefusedAndUnchanged(
        call(
            "PUT",
            "/identities/tester",
            "{\"token\": \"tok-tester\", \"personId\": 11, \"permissions\": {\"acme\": [\"pipeline.admin\"]}}"),
        "pipeline.admin",
        before);
    assertRefusedAndUnchanged(
        call(
            "PUT",
            "/identities/tester",
            "{\"token\": \"tok-both\", \"personId\": 11, \"permissions\": {}}"),
        "token",
        before);
    assertRefusedAndUnchanged(
        call(
            "PUT",
            "/identities/tester",
            "{\"token\": \"tok-tester\", \"personId\": 11, \"permissions\": {\"initech\": []}}"),
        "initech",
        before);

    Response added =
        call(
            "PUT",
            "/identities/tester",
            "{\"token\": \"tok-tester\", \"personId\": 11, \"permissions\": {\"acme\": [\"pipeline.view\"]}}");
    assertThat(added.statusCode()).as(added.asString()).isEqualTo(200);
    assertThat(ids("tok-tester", "")).containsExactly(1L, 2L, 10L);

    assertThat(
            call("PUT", "/identities/tester/permissions/acme", "[\"pipeline.view_other\"]")
                .statusCode())
        .isEqualTo(200);
    assertThat(ids("tok-tester", "")).containsExactly(3L, 4L, 6L, 8L, 9L, 12L);

    assertThat(call("PATCH", "/identities/tester", "{\"personId\": 12}").statusCode())
        .isEqualTo(200);
    assertThat(ids("tok-tester", "")).containsExactly(1L, 4L, 6L, 8L, 10L, 12L);

    assertThat(call("POST", "/identities/tester/revoke", null).statusCode()).isEqualTo(200);
    assertThat(list(mock, "", headers("tok-tester", "acme")).statusCode()).isEqualTo(401);
    assertThat(call("POST", "/identities/tester/unrevoke", null).statusCode()).isEqualTo(200);
    assertThat(list(mock, "", headers("tok-tester", "acme")).statusCode()).isEqualTo(200);

    assertThat(call("DELETE", "/identities/tester/permissions/acme", null).statusCode())
        .isEqualTo(200);
    assertThat(list(mock, "", headers("tok-tester", "acme")).statusCode()).isEqualTo(403);

    assertThat(call("DELETE", "/identities/tester", null).statusCode()).isEqualTo(200);
    assertThat(list(mock, "", headers("tok-tester", "acme")).statusCode()).isEqualTo(401);
    assertThat(call("GET", "/identities/tester", null).statusCode()).isEqualTo(404);
    assertThat(json(call("GET", "/identities", null))).hasSize(7);
  }

  @Test
  void setsTheClock() {
    assertThat(json(call("GET", "/clock", null)).get("now").asText()).isEqualTo(STAMP);
    String before = dataset();
    Response bad = call("PUT", "/clock", "{\"mode\":\"fixed\",\"instant\":\"tomorrow\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).get("message").asText()).contains("tomorrow");
    assertThat(json(call("GET", "/clock", null)).get("now").asText()).isEqualTo(STAMP);
    assertThat(dataset()).isEqualTo(before);
    assertThat(json(call("PUT", "/clock", "{\"mode\":\"real\"}")).get("mode").asText())
        .isEqualTo("real");
    Response patched = call("PATCH", "/companies/acme/projects/2", "{\"probability\": 48}");
    assertThat(json(patched).get("updated_at").asText()).isNotEqualTo(STAMP).startsWith("20");
  }
}
