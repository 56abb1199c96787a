package io.wethodkit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wethodkit.conformance.support.Cli;
import io.wethodkit.conformance.variants.BrokenVariants;
import io.wethodkit.mock.MockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --drift N [--seed S]}, alone with {@code --only drift}: exit codes and the reports. */
class DriftCommandLineTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theMockAgainstItselfExitsZeroWithTheThreeReports(@TempDir Path dir) throws IOException {
    try (MockServer mock = MockServer.builder().build().start()) {
      Path reports = dir.resolve("reports");

      Cli.Result result =
          Cli.run(
              "--config", Cli.config(dir, mock.baseUrl(), "blackbox", 60).toString(),
              "--report-dir", reports.toString(),
              "--only", "drift",
              "--drift", "40",
              "--seed", "7");

      assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
      JsonNode drift = JSON.readTree(reports.resolve("drift.json").toFile());
      assertThat(drift.path("seed").asLong()).isEqualTo(7);
      assertThat(drift.path("requests").asInt()).isEqualTo(40);
      assertThat(drift.path("differences")).isEmpty();
      assertThat(Files.readString(reports.resolve("report.html"))).contains("id=\"drift\"");
      assertThat(Files.readString(reports.resolve("TEST-drift.xml")))
          .contains("<testsuite name=\"drift\"")
          .contains("failures=\"0\"");
      assertThat(reports.resolve("report.json")).as("the checks did not run").doesNotExist();
    }
  }

  @Test
  void aMustDifferenceExitsOneAndIsReportedEverywhere(@TempDir Path dir) throws IOException {
    var variant =
        BrokenVariants.all().stream()
            .filter(v -> v.name().equals("view-only-sees-all"))
            .findFirst();
    try (MockServer mock =
        MockServer.builder().customize(variant.orElseThrow().breakage()).build().start()) {
      Path reports = dir.resolve("reports");

      Cli.Result result =
          Cli.run(
              "--config", Cli.config(dir, mock.baseUrl(), "blackbox", 60).toString(),
              "--report-dir", reports.toString(),
              "--only", "drift",
              "--drift", "30",
              "--seed", "3");

      assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(1);
      JsonNode drift = JSON.readTree(reports.resolve("drift.json").toFile());
      JsonNode difference = drift.path("differences").get(0);
      assertThat(difference.path("requirement").asText()).isEqualTo("PRJ-PERM-VIEW");
      assertThat(difference.path("level").asText()).isEqualTo("MUST");
      assertThat(difference.path("identity").asText()).isEqualTo("view");
      assertThat(difference.path("request").toString())
          .contains("(masked)")
          .doesNotContain("tok-view");
      assertThat(difference.path("target").path("status").asInt()).isEqualTo(200);
      assertThat(Files.readString(reports.resolve("report.html"))).contains("PRJ-PERM-VIEW");
      assertThat(Files.readString(reports.resolve("TEST-drift.xml"))).contains("<failure");
      assertThat(result.out()).contains("PRJ-PERM-VIEW");
    }
  }

  @Test
  void driftAloneNeedsACount(@TempDir Path dir) {
    Cli.Result result =
        Cli.run(
            "--config",
            Cli.config(dir, "http://127.0.0.1:9", "blackbox", 5).toString(),
            "--only",
            "drift");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().strip()).contains("--drift N").doesNotContain("Exception");
  }
}
