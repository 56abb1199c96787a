package io.wethodkit.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.mock.cli.HealthCheck;
import io.wethodkit.testcontainers.support.Dockerfile;
import io.wethodkit.testcontainers.support.ImageRun;
import io.wethodkit.testcontainers.support.Kit;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The mock image's command line, read from its Dockerfile and run on the jar Maven built: the
 * options it passes exist, its defaults refuse an open admin API, and its health check works.
 */
class MockImageCommandTest {

  private static final String JAR = "/app/wethod-projects-mock.jar";
  private static final String OPTIONS = "/app/server-jvm.options";
  private static final Dockerfile DOCKERFILE = Kit.mockDockerfile();

  private static ImageRun run(List<String> arguments, Map<String, String> environment) {
    return ImageRun.start(
        DOCKERFILE, JAR, Kit.mockJar(), arguments, environment, UnaryOperator.identity());
  }

  @Test
  void theImageRunsAJreAsANumericUserOtherThanRootOn8080WithAHealthCheck() {
    assertThat(DOCKERFILE.last("USER"))
        .hasValueSatisfying(user -> assertThat(user).matches("[1-9][0-9]*(:[0-9]+)?"));
    assertThat(DOCKERFILE.all("EXPOSE")).containsExactly("8080");
    assertThat(DOCKERFILE.environment()).containsEntry("WETHOD_MOCK_PORT", "8080");
    assertThat(DOCKERFILE.healthCheckExecForm())
        .startsWith("java")
        .contains(JAR, HealthCheck.class.getName());
    assertThat(DOCKERFILE.execForm("ENTRYPOINT"))
        .contains("-jar", JAR)
        .anyMatch(option -> option.startsWith("-XX:MaxRAMPercentage="));
  }

  @Test
  void theImageGivesJavaTheOptionsFileTheJarsLauncherReads() throws Exception {
    assertThat(DOCKERFILE.execForm("ENTRYPOINT")).contains("@" + OPTIONS);
    Path copied = DOCKERFILE.copiedTo(OPTIONS).orElseThrow();
    try (InputStream launchers = HealthCheck.class.getResourceAsStream("server-jvm.options")) {
      assertThat(launchers).as("the launcher's options file").isNotNull();
      assertThat(Files.readAllBytes(copied)).isEqualTo(launchers.readAllBytes());
    }
  }

  @Test
  void withTheImageDefaultsAndNoTokenItRefusesToStart() throws Exception {
    assertThat(DOCKERFILE.environment()).containsEntry("WETHOD_MOCK_BIND", "0.0.0.0");
    try (ImageRun mock =
        run(List.of(), Map.of("WETHOD_MOCK_PORT", String.valueOf(ImageRun.freePort())))) {
      assertThat(mock.exitCode(Duration.ofSeconds(60))).isEqualTo(2);
      assertThat(mock.err()).contains("Refusing to listen on 0.0.0.0", "WETHOD_MOCK_ADMIN_TOKEN");
      assertThat(mock.out()).doesNotContain("listening on");
    }
  }

  @Test
  void withATokenItServesAndItsHealthCheckPasses() throws Exception {
    int port = ImageRun.freePort();
    Map<String, String> env =
        Map.of(
            "WETHOD_MOCK_BIND", "127.0.0.1",
            "WETHOD_MOCK_PORT", String.valueOf(port),
            "WETHOD_MOCK_ADMIN_TOKEN", "image-token");
    String root = "http://127.0.0.1:" + port;
    try (ImageRun mock = run(List.of(), env)) {
      Kit.awaitStatus(
          mock, root + "/__admin/health", Map.of("Authorization", "Token image-token"), 200);
      assertThat(Kit.status(root + "/__admin/health", Map.of())).isEqualTo(401);
      assertThat(Kit.status(root + "/api/projects?limit=1", Kit.listHeaders())).isEqualTo(200);

      assertThat(healthCheck(env)).isZero();
      Map<String, String> wrongToken = new HashMap<>(env);
      wrongToken.put("WETHOD_MOCK_ADMIN_TOKEN", "not-it");
      assertThat(healthCheck(wrongToken)).isEqualTo(1);
    }
    // Nothing listening any more.
    assertThat(healthCheck(env)).isEqualTo(1);
  }

  /** The HEALTHCHECK's command, run as Docker runs it: the container's env, no shell. */
  private static int healthCheck(Map<String, String> env) throws Exception {
    try (ImageRun check =
        ImageRun.exec(
            DOCKERFILE,
            DOCKERFILE.healthCheckExecForm(),
            JAR,
            Kit.mockJar(),
            env,
            UnaryOperator.identity())) {
      return check.exitCode(Duration.ofSeconds(30));
    }
  }

  @Test
  void argumentsGivenToTheImageOverrideItsEnvironment() throws Exception {
    int port = ImageRun.freePort();
    try (ImageRun mock =
        run(
            List.of("--bind", "127.0.0.1", "--port", String.valueOf(port), "--admin-token", "arg"),
            Map.of())) {
      String health = "http://127.0.0.1:" + port + "/__admin/health";
      Kit.awaitStatus(mock, health, Map.of("Authorization", "Token arg"), 200);
      assertThat(Kit.status(health, Map.of())).isEqualTo(401);
    }
  }
}
