package io.wethodkit.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.mock.client.Coverage;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.support.Calls;
import io.wethodkit.mock.support.RawHttp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar run with {@code --coverage-report} (or its variable), as a CI job runs it: when
 * it is stopped, by SIGTERM or through {@code /__admin/shutdown}, the mock's own JVM (the
 * launcher's child) writes the report of the calls it answered before it exits.
 */
@Timeout(120)
class JarCoverageReportIT {

  private static void callWithoutVersion(MockJar jar) {
    Map<String, String> headers = new HashMap<>(Calls.headers("tok-both", "acme"));
    headers.remove("Wethod-Version");
    assertThat(RawHttp.get(jar.port, "/api/projects", headers).status()).isEqualTo(412);
    assertThat(
            RawHttp.get(jar.port, "/api/projects?deleted=only", Calls.headers("tok-view", "acme"))
                .status())
        .isEqualTo(200);
  }

  private static void assertReport(Path dir, MockJar jar) throws Exception {
    assertThat(jar.launcher.waitFor(30, TimeUnit.SECONDS)).as(jar.output()).isTrue();
    assertThat(jar.launcher.exitValue()).as(jar.output()).isZero();
    Coverage coverage =
        Json.MAPPER.readValue(dir.resolve("coverage.json").toFile(), Coverage.class);
    assertThat(coverage.coveredIds())
        .contains("412.missing-version", "200", "deleted.only", "scope.own")
        .doesNotContain("401.missing-authorization", "deleted.include", "scope.both");
    assertThat(dir.resolve("coverage.html")).isNotEmptyFile();
    assertThat(Files.readString(dir.resolve("TEST-coverage.xml")))
        .contains("name=\"412.missing-version\"", "<skipped message=\"never met: ");
  }

  @Test
  void sigtermWritesTheReportBeforeTheMockExits(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report");
    try (MockJar jar = MockJar.start(Map.of(), "--coverage-report", report.toString())) {
      callWithoutVersion(jar);
      assertThat(report).doesNotExist();
      jar.launcher.destroy();
      assertReport(report, jar);
    }
  }

  @Test
  void theAdminShutdownWritesTheReportNamedByTheVariable(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("from-env");
    try (MockJar jar = MockJar.start(Map.of("WETHOD_MOCK_COVERAGE_REPORT", report.toString()))) {
      callWithoutVersion(jar);
      assertThat(RawHttp.send(jar.port, "POST", "/__admin/shutdown", Map.of()).status())
          .isEqualTo(200);
      assertReport(report, jar);
    }
  }
}
