package io.wethodkit.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wethodkit.conformance.api.ConformanceAssertions;
import io.wethodkit.conformance.api.ConformanceReport;
import io.wethodkit.conformance.api.ConformanceSuite;
import io.wethodkit.conformance.api.ConformanceTarget;
import io.wethodkit.testcontainers.support.ImageFacts;
import io.wethodkit.testcontainers.support.Kit;
import io.wethodkit.testcontainers.support.KitImage;
import io.wethodkit.testcontainers.support.OnContainerEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.Network;

/**
 * {@link ConformanceContainer} on a container engine: the suite's image certifies the mock's image
 * over a Docker network, by the mock's network alias, and fails a mock made to deviate.
 */
@OnContainerEngine({KitImage.MOCK, KitImage.SUITE})
class ConformanceContainerOnDockerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path seededConfig(Path dir) throws Exception {
    // Its baseUrl is replaced by the target's network alias.
    return Files.writeString(
        dir.resolve("target.yaml"), "baseUrl: http://placeholder:1\nmode: seeded\n");
  }

  /** The ids of the results of {@code report.json} with this level and status. */
  private static List<String> results(JsonNode report, String level, String status) {
    List<String> ids = new ArrayList<>();
    report
        .path("results")
        .forEach(
            result -> {
              if (result.path("level").asText().equals(level)
                  && result.path("status").asText().equals(status)) {
                ids.add(result.path("id").asText());
              }
            });
    return ids;
  }

  @Test
  void itCertifiesTheMockContainerByItsNetworkAliasAndHandsOverTheReports(@TempDir Path dir)
      throws Exception {
    Path reports = dir.resolve("reports");
    try (Network network = Network.newNetwork();
        WethodMockContainer mock =
            new WethodMockContainer().withNetwork(network).withNetworkAliases("projects-mock");
        ConformanceContainer suite =
            new ConformanceContainer()
                .withNetwork(network)
                .withTarget(mock, WethodMockContainer.PORT)
                .withConfig(seededConfig(dir))) {
      mock.start();
      long started = System.nanoTime();
      Certification certification = suite.certify(reports);
      ImageFacts.print(
          KitImage.SUITE,
          "certified the mock's container",
          Duration.ofNanos(System.nanoTime() - started));

      assertThat(certification.exitCode()).as(certification.logs()).isZero();
      assertThat(certification.mustFailures()).isEmpty();
      assertThat(certification.logs()).contains("CONFORMS");

      // The reports as copied out of the container, read on their own.
      JsonNode report = JSON.readTree(reports.resolve("report.json").toFile());
      assertThat(report.path("target").asText()).isEqualTo("http://projects-mock:8080");
      assertThat(report.path("mode").asText()).isEqualTo("seeded");
      assertThat(results(report, "MUST", "PASS")).isNotEmpty();
      assertThat(results(report, "MUST", "FAIL")).isEmpty();
      assertThat(report.path("summary").path("fail").asInt()).isZero();
      assertThat(Files.readString(reports.resolve("report.html"))).contains("projects-mock:8080");
      assertThat(Files.readString(reports.resolve("TEST-junit-jupiter.xml")))
          .contains("failures=\"0\"");
    }
  }

  @Test
  void itFailsAMockThatLetsCallersWithoutTokenIn(@TempDir Path dir) throws Exception {
    try (Network network = Network.newNetwork();
        WethodMockContainer broken =
            new WethodMockContainer().withNetwork(network).withNetworkAliases("broken-mock");
        ConformanceContainer suite =
            new ConformanceContainer()
                .withNetwork(network)
                .withTarget(broken, WethodMockContainer.PORT)
                .withConfig(seededConfig(dir))
                .withOnly("PRJ-AUTH-REQUIRED", "PRJ-SCHEMA-200", "PRJ-OFFSET")) {
      broken.start();
      // A user stub for the endpoint takes over from the emulation: this one answers a request
      // without Authorization with an empty list instead of a 401.
      int created =
          Kit.postJson(
              broken.getBaseUrl() + "/__admin/mappings",
              Map.of("Authorization", "Token " + broken.getAdminToken()),
              """
              {"request": {"method": "GET", "urlPath": "/api/projects",
                           "headers": {"Authorization": {"absent": true}}},
               "response": {"status": 200, "jsonBody": [],
                            "headers": {"Content-Type": "application/json"}}}
              """);
      assertThat(created).isEqualTo(201);
      assertThat(Kit.status(broken.getBaseUrl() + "/api/projects", Map.of())).isEqualTo(200);

      Certification certification = suite.certify(dir.resolve("reports"));

      assertThat(certification.exitCode()).as(certification.logs()).isEqualTo(1);
      assertThat(certification.conforms()).isFalse();
      assertThat(certification.mustFailures()).containsExactly("PRJ-AUTH-REQUIRED");
      JsonNode report = JSON.readTree(dir.resolve("reports/report.json").toFile());
      assertThat(results(report, "MUST", "PASS")).contains("PRJ-SCHEMA-200", "PRJ-OFFSET");
    }
  }

  @Test
  void theSuiteInTheTestsJvmCertifiesTheMockContainerOverItsMappedPort(@TempDir Path reports) {
    // The whole suite runs over the network above; here a few requirements show the path.
    try (WethodMockContainer mock = new WethodMockContainer()) {
      mock.start();
      ConformanceReport report =
          ConformanceSuite.create()
              .only("PRJ-AUTH-REQUIRED", "PRJ-SCHEMA-200", "PRJ-OFFSET", "PRJ-LIMIT-HONOURED")
              .reportDir(reports)
              .run(ConformanceTarget.seeded(mock.getBaseUrl()));
      ConformanceAssertions.assertConforms(report);
      assertThat(report.summary().pass()).isEqualTo(4);
    }
  }
}
