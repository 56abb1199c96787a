package io.wethodkit.conformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.conformance.support.Cli;
import io.wethodkit.conformance.support.JarRun;
import io.wethodkit.mock.MockServer;
import java.nio.file.Path;
import java.util.List;
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

  @Test
  void theJarCertifiesTheMock(@TempDir Path dir) throws Exception {
    try (MockServer mock = MockServer.builder().build().start()) {
      Path config = Cli.config(dir, mock.baseUrl(), "seeded", 5);

      JarRun run =
          JarRun.of(
              JAR,
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

    JarRun run = JarRun.of(JAR, dir, "--config", config.toString(), "--drift", "10");

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

    JarRun run = JarRun.of(JAR, dir, "--config", config.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines())
        .hasSize(1)
        .first()
        .asString()
        .startsWith("error: cannot reach the target");
  }
}
