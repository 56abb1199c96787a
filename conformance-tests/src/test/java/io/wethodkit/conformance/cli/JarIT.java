package io.wethodkit.conformance.cli;

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
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as {@code java -jar} in its own JVM: the checks are found inside it and run
 * against a mock.
 */
class JarIT {

  private static final Path JAR =
      Path.of(System.getProperty("conformance.jar", "target/wethod-projects-conformance.jar"));

  /** What the process printed and returned. */
  record Process(int exitCode, String out, String err) {}

  @Test
  void theJarCertifiesTheMock(@TempDir Path dir) throws Exception {
    try (MockServer mock = MockServer.builder().build().start()) {
      Path config = Cli.config(dir, mock.baseUrl(), "seeded", 5);

      Process run =
          java(
              dir,
              "--config",
              config.toString(),
              "--report-dir",
              dir.resolve("reports").toString(),
              "--only",
              "PRJ-SCHEMA-200,PRJ-FILTER-PROBABILITY-GT,PRJ-PERM-VIEW,PRJ-AUTH-MISSING");

      assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
      assertThat(run.out()).contains("check 4 of 4: PASS").contains("CONFORMS");
      assertThat(run.err()).isEmpty();
      assertThat(dir.resolve("reports/report.html")).exists();
      assertThat(dir.resolve("reports/TEST-junit-jupiter.xml")).exists();
    }
  }

  @Test
  void theJarHoldsNoMockAndSendsDriftToTheDriftJar(@TempDir Path dir) throws Exception {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> mock =
          jar.stream()
              .map(JarEntry::getName)
              .filter(
                  name ->
                      name.startsWith("com/github/tomakehurst/wiremock/")
                          || name.startsWith("org/wiremock/")
                          || name.startsWith("org/eclipse/jetty/")
                          || name.startsWith("io/wethodkit/mock/"))
              .toList();
      assertThat(mock).as("WireMock, Jetty or mock classes in the conformance jar").isEmpty();
    }
    Path config = Cli.config(dir, "http://127.0.0.1:1", "blackbox", 2);

    Process run = java(dir, "--config", config.toString(), "--drift", "10");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines())
        .hasSize(1)
        .first()
        .asString()
        .contains("wethod-projects-drift.jar");
  }

  @Test
  void theJarExitsTwoWithOneLineForAnUnreachableTarget(@TempDir Path dir) throws Exception {
    Path config = Cli.config(dir, "http://127.0.0.1:1", "blackbox", 2);

    Process run = java(dir, "--config", config.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines())
        .hasSize(1)
        .first()
        .asString()
        .startsWith("error: cannot reach the target");
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
