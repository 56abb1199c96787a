package io.wethodkit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.conformance.support.Cli;
import io.wethodkit.mock.MockServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged drift jar, run as {@code java -jar} in its own JVM: the conformance command line
 * with drift, in one command.
 */
class DriftJarIT {

  private static final Path JAR =
      Path.of(System.getProperty("drift.jar", "target/wethod-projects-drift.jar"));

  /** What the process printed and returned. */
  record Process(int exitCode, String out, String err) {}

  @Test
  void oneCommandRunsTheChecksThenDrift(@TempDir Path dir) throws Exception {
    try (MockServer mock = MockServer.builder().build().start()) {
      Path reports = dir.resolve("reports");

      Process run =
          java(
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

  private static Process java(Path dir, String... args) throws IOException, InterruptedException {
    assertThat(JAR).as("the jar is built by 'mvn package'").exists();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    java.lang.Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the jar did not finish within 3 minutes");
    }
    return new Process(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
