package io.wethodkit.examples.javaclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.examples.client.gson.ApiClient;
import io.wethodkit.examples.client.gson.ApiException;
import io.wethodkit.examples.client.gson.api.ProjectsApi;
import io.wethodkit.examples.client.gson.model.ForbiddenError;
import io.wethodkit.examples.client.gson.model.MethodNotAllowedError;
import io.wethodkit.examples.client.gson.model.PreconditionError;
import io.wethodkit.examples.client.gson.model.Project;
import io.wethodkit.examples.client.gson.model.UnauthorizedError;
import io.wethodkit.examples.client.gson.model.ValidationError;
import io.wethodkit.examples.client.gson.model.ValidationFailure;
import io.wethodkit.mock.junit.MockBaseUrl;
import io.wethodkit.mock.junit.WethodMock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client that openapi-generator makes with its default library, okhttp-gson. */
@WethodMock
class OkHttpGsonClientTest {

  private static final LocalDate VERSION = LocalDate.parse(RawPages.VERSION);

  private static ProjectsApi api(String baseUrl, String token) {
    ApiClient client = new ApiClient();
    client.setBasePath(baseUrl);
    if (token != null) {
      client.setBearerToken(token);
    }
    return new ProjectsApi(client);
  }

  @Test
  void readsEveryPageOfDeletedIncludeWithItsMetadata(@MockBaseUrl String baseUrl) throws Exception {
    ProjectsApi api = api(baseUrl, RawPages.TOKEN);
    List<Project> all = new ArrayList<>();
    int limit = 7;
    int pages = 0;
    for (int offset = 0; ; offset += limit) {
      List<Project> page =
          api.listProjects(
              RawPages.COMPANY, VERSION, null, "include", null, null, null, limit, offset);
      all.addAll(page);
      pages++;
      if (page.size() < limit) {
        break;
      }
    }

    List<JsonNode> raw = RawPages.allIncludingDeleted(baseUrl);
    assertThat(pages).isGreaterThan(10);
    assertThat(all).hasSameSizeAs(raw);
    assertThat(all).anyMatch(p -> p.getDeletedAt() != null);
    for (int i = 0; i < raw.size(); i++) {
      Project project = all.get(i);
      JsonNode expected = raw.get(i);
      assertThat(project.getId()).isEqualTo(expected.get("id").asInt());
      assertThat(project.getName()).isEqualTo(expected.get("name").asText());
      assertThat(project.getProbability()).isEqualTo(expected.get("probability").asInt());
      assertThat(RawPages.metadata(project.getAdditionalProperties()))
          .as("metadata of project %d", project.getId())
          .isEqualTo(RawPages.metadata(expected));
    }
    Project withMetadata =
        all.stream().filter(p -> p.getAdditionalProperty("metadata_13") != null).findFirst().get();
    Project again = Project.fromJson(withMetadata.toJson());
    assertThat(again.getAdditionalProperty("metadata_13"))
        .isEqualTo(withMetadata.getAdditionalProperty("metadata_13"));
    assertThat(again).isEqualTo(withMetadata);
  }

  @Test
  void everyErrorBodyReadsAsItsGeneratedType(@MockBaseUrl String baseUrl) throws Exception {
    ProjectsApi api = api(baseUrl, RawPages.TOKEN);

    ApiException invalid =
        catchThrowableOfType(
            ApiException.class,
            () ->
                api.listProjects(
                    RawPages.COMPANY, VERSION, null, null, null, "101", null, 0, null));
    assertThat(invalid.getCode()).isEqualTo(400);
    ValidationError validation = ValidationError.fromJson(invalid.getResponseBody());
    assertThat(validation.getKey()).isEqualTo(ValidationError.KeyEnum.INVALID_DATA);
    assertThat(validation.getFailures())
        .extracting(ValidationFailure::getField)
        .containsExactlyInAnyOrder("probability", "limit");

    ApiException unauthorized =
        catchThrowableOfType(
            ApiException.class,
            () ->
                api(baseUrl, null)
                    .listProjects(
                        RawPages.COMPANY, VERSION, null, null, null, null, null, null, null));
    assertThat(unauthorized.getCode()).isEqualTo(401);
    assertThat(UnauthorizedError.fromJson(unauthorized.getResponseBody()).getKey())
        .isEqualTo(UnauthorizedError.KeyEnum.UNAUTHORIZED);

    ApiException forbidden =
        catchThrowableOfType(
            ApiException.class,
            () -> api.listProjects("initech", VERSION, null, null, null, null, null, null, null));
    assertThat(forbidden.getCode()).isEqualTo(403);
    assertThat(ForbiddenError.fromJson(forbidden.getResponseBody()).getKey())
        .isEqualTo(ForbiddenError.KeyEnum.FORBIDDEN);

    ApiException precondition =
        catchThrowableOfType(
            ApiException.class,
            () ->
                api.listProjects(
                    RawPages.COMPANY,
                    LocalDate.parse("2020-01-01"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
    assertThat(precondition.getCode()).isEqualTo(412);
    assertThat(PreconditionError.fromJson(precondition.getResponseBody()).getKey())
        .isEqualTo(PreconditionError.KeyEnum.PRECONDITION_FAILURE);

    ApiException notAllowed = catchThrowableOfType(ApiException.class, api::postProjectsNotAllowed);
    assertThat(notAllowed.getCode()).isEqualTo(405);
    assertThat(MethodNotAllowedError.fromJson(notAllowed.getResponseBody()).getKey())
        .isEqualTo(MethodNotAllowedError.KeyEnum.METHOD_NOT_ALLOWED);
  }

  @Test
  void headAndOptionsAnswer(@MockBaseUrl String baseUrl) throws Exception {
    ProjectsApi api = api(baseUrl, RawPages.TOKEN);
    assertThat(
            api.headProjectsWithHttpInfo(
                    RawPages.COMPANY, VERSION, null, null, null, null, null, 1, null)
                .getStatusCode())
        .isEqualTo(200);
    assertThat(api.projectsOptionsWithHttpInfo().getHeaders().get("Allow"))
        .containsExactly("GET, HEAD, OPTIONS");
  }
}
