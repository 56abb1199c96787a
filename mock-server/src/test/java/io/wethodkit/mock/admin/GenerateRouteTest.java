package io.wethodkit.mock.admin;

import static io.wethodkit.mock.support.Calls.headers;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.generate.DatasetGenerator;
import io.wethodkit.mock.generate.GeneratorSpec;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.Project;
import io.wethodkit.mock.support.Calls;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code POST /__admin/projects-mock/generate}: the dataset of {@code --generate}, or a 400. */
class GenerateRouteTest {

  private static final String ROUTE = "/__admin/projects-mock/generate";

  @Test
  void replacesTheProjectsWithTheGeneratedOnesAndResetGoesBack() {
    try (MockServer mock = MockServer.builder().build().start()) {
      Dataset loaded = mock.state().snapshot();
      Response response =
          Calls.raw(mock)
              .contentType("application/json")
              .body("{\"projects\": 1200, \"seed\": 4}")
              .post(ROUTE);
      assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
      Dataset generated =
          new DatasetGenerator(mock.contract()).generate(new GeneratorSpec(1200, 4), loaded);
      Dataset now = mock.state().snapshot();
      assertThat(now.projects("acme").stream().map(Project::toString).toList())
          .isEqualTo(generated.projects("acme").stream().map(Project::toString).toList());
      assertThat(now.identities()).containsExactlyElementsOf(loaded.identities());
      Response page = Calls.list(mock, "offset=1000&limit=100", headers("tok-both", "acme"));
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.jsonPath().getList("id")).hasSizeGreaterThan(0);
      Response own = Calls.list(mock, "limit=100", headers("tok-view", "acme"));
      assertThat(own.jsonPath().getList("id")).isNotEmpty();

      Calls.raw(mock).post("/__admin/projects-mock/reset");
      assertThat(mock.state().snapshot().projectCount()).isEqualTo(loaded.projectCount());
    }
  }

  @Test
  void badBodiesAre400AndChangeNothing() {
    try (MockServer mock = MockServer.builder().build().start()) {
      Dataset before = mock.state().snapshot();
      for (String body :
          List.of(
              "{}",
              "{\"projects\": -1}",
              "{\"projects\": \"many\"}",
              "{\"projects\": 10, \"seed\": 1.5}",
              "{\"projects\": 10, \"colour\": \"red\"}",
              "{\"projects\": 99999999999}",
              "[10]",
              "not json")) {
        Response response = Calls.raw(mock).contentType("application/json").body(body).post(ROUTE);
        assertThat(response.statusCode()).as(body).isEqualTo(400);
        assertThat(response.jsonPath().getString("key")).as(body).isEqualTo("invalid_data");
        assertThat(mock.state().snapshot()).as(body).isSameAs(before);
      }
    }
  }
}
