package io.wethodkit.testcontainers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict of a suite run in a container.
 *
 * @param exitCode 0 when no MUST requirement failed, 1 when one did
 * @param report the content of {@code report.json}
 * @param logs what the suite printed
 */
public record Certification(int exitCode, JsonNode report, String logs) {

  /** Whether no MUST requirement failed. */
  public boolean conforms() {
    return exitCode == 0;
  }

  /** The ids of the MUST requirements that failed. */
  public List<String> mustFailures() {
    List<String> ids = new ArrayList<>();
    report
        .path("results")
        .forEach(
            result -> {
              if ("MUST".equals(result.path("level").asText())
                  && "FAIL".equals(result.path("status").asText())) {
                ids.add(result.path("id").asText());
              }
            });
    return ids;
  }
}
