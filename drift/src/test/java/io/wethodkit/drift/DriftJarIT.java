package io.wethodkit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.conformance.support.Cli;
import io.wethodkit.conformance.support.JarRun;
import io.wethodkit.mock.MockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged drift jar, run as {@code java -jar} in its own JVM: the conformance command line
 * with drift, in one command.
 */
class DriftJarIT {

  private static final Path JAR =
      Path.of(System.getProperty("drift.jar", "target/wethod-projects-drift.jar"));

  @Test
  void oneCommandRunsTheChecksThenDrift(@TempDir Path dir) throws Exception {
    try (MockServer mock = MockServer.builder().build().start()) {
      Path reports = dir.resolve("reports");

      JarRun run =
          JarRun.of(
              JAR,
              dir,
              "--config",
              Cli.config(dir, mock.baseUrl(), "blackbox", 30).toString(),
              "--report-dir",
              reports.toString(),
              "--only",
              "PRJ-SCHEMA-200,PRJ-PERM-VIEW",
              "--drift",
              "30",
              "--seed",
              "5");

      assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
      assertThat(run.out()).contains("check 2 of 2: PASS").contains("seed 5");
      assertThat(run.err()).isEmpty();
      assertThat(reports.resolve("report.json")).exists();
      assertThat(reports.resolve("drift.json")).exists();
      assertThat(reports.resolve("TEST-drift.xml")).exists();
      assertThat(Files.readString(reports.resolve("report.html"))).contains("id=\"drift\"");
    }
  }
}
