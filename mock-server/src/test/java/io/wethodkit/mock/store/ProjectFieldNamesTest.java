package io.wethodkit.mock.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a stored project has a field of a prefix, read from its bytes without parsing. */
class ProjectFieldNamesTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"id\": 1, \"metadata_13\": \"IT\"} | true",
        "{\"metadata_13\": \"IT\", \"id\": 1} | true",
        "{\"id\": 1, \"name\": \"metadata_13\"} | false",
        "{\"id\": 1, \"name\": \"a\\\",\\\"metadata_13\\\":\"} | false",
        "{\"id\": 1, \"notmetadata_13\": \"x\"} | false",
        "{\"id\": 1} | false",
      })
  void findsAFieldNameNotATextThatLooksLikeOne(String json, boolean has) {
    Project project =
        Project.of(
            (com.fasterxml.jackson.databind.node.ObjectNode)
                Json.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "test"));
    assertThat(project.hasFieldStartingWith(MetadataDefinition.FIELD_PREFIX)).isEqualTo(has);
    assertThat(
            project.json().properties().stream().anyMatch(e -> e.getKey().startsWith("metadata_")))
        .isEqualTo(has);
  }
}
