package io.wethodkit.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.command.InspectContainerResponse;
import io.wethodkit.mock.client.MockAdminClient;
import io.wethodkit.testcontainers.support.ImageRun;
import io.wethodkit.testcontainers.support.Kit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.wait.strategy.WaitStrategyTarget;
import org.testcontainers.utility.DockerImageName;

/**
 * The container's configuration, proven without a container engine: its environment and files,
 * given to the image's command line on this machine, start the mock it describes, and its wait
 * strategy recognises that mock's health.
 */
class WethodMockContainerTest {

  /** What the container holds, as host paths: its copied files. */
  private static ImageRun runAsTheImageWould(WethodMockContainer container, int port) {
    Map<String, String> containerToHost = new HashMap<>();
    container
        .getCopyToFileContainerPathMap()
        .forEach((file, path) -> containerToHost.put(path, file.getResolvedPath()));
    Map<String, String> env = new HashMap<>(container.getEnvMap());
    // On this machine the process listens on loopback and a free port.
    env.put("WETHOD_MOCK_BIND", "127.0.0.1");
    env.put("WETHOD_MOCK_PORT", String.valueOf(port));
    return ImageRun.start(
        Kit.mockDockerfile(),
        "/app/wethod-projects-mock.jar",
        Kit.mockJar(),
        container.getCommandParts() == null ? List.of() : List.of(container.getCommandParts()),
        env,
        value -> containerToHost.getOrDefault(value, value));
  }

  @Test
  void itsFixturesAndTokenReachTheMockThroughTheImagesEnvironment() throws Exception {
    WethodMockContainer container =
        new WethodMockContainer().withFixtures(Kit.testFixtures()).withAdminToken("tc-token");
    assertThat(container.getExposedPorts()).containsExactly(WethodMockContainer.PORT);
    assertThat(container.getEnvMap())
        .containsEntry("WETHOD_MOCK_FIXTURES", WethodMockContainer.FIXTURES_PATH)
        .containsEntry("WETHOD_MOCK_ADMIN_TOKEN", "tc-token");
    assertThat(WethodMockContainer.DEFAULT_IMAGE.asCanonicalNameString())
        .isEqualTo("wethod-projects-mock:" + System.getProperty("kit.version"));

    int port = ImageRun.freePort();
    String root = "http://127.0.0.1:" + port;
    try (ImageRun mock = runAsTheImageWould(container, port)) {
      Kit.awaitStatus(
          mock, root + "/__admin/health", Map.of("Authorization", "Token tc-token"), 200);
      // The small test dataset, not the bundled one: 9 acme projects.
      assertThat(Kit.body(root + "/api/projects", Kit.listHeaders()).split("\"id\":")).hasSize(10);
      assertThat(mock.out()).contains(Kit.testFixtures().toString());

      MockAdminClient admin = MockAdminClient.of(root).withAdminToken(container.getAdminToken());
      admin.softDelete("acme", 1);
      assertThat(Kit.body(root + "/api/projects", Kit.listHeaders()).split("\"id\":")).hasSize(9);
      assertThat(MockAdminClient.of(root).healthy()).isFalse();
    }
  }

  @Test
  void itsContractReachesTheMock() throws Exception {
    Path contract = Kit.root().resolve("contract/openapi.yaml");
    WethodMockContainer container = new WethodMockContainer().withContract(contract);
    assertThat(container.getEnvMap())
        .containsEntry("WETHOD_MOCK_CONTRACT", WethodMockContainer.CONTRACT_PATH);
    int port = ImageRun.freePort();
    try (ImageRun mock = runAsTheImageWould(container, port)) {
      Kit.awaitStatus(
          mock,
          "http://127.0.0.1:" + port + "/__admin/health",
          Map.of("Authorization", "Token " + container.getAdminToken()),
          200);
      assertThat(mock.out()).contains("contract: " + contract);
    }
  }

  @Test
  void itsGeneratedProjectsReachTheMockThroughTheImagesEnvironment() throws Exception {
    WethodMockContainer container = new WethodMockContainer().withGeneratedProjects(300, 3);
    assertThat(container.getEnvMap()).containsEntry("WETHOD_MOCK_GENERATE", "300:3");
    int port = ImageRun.freePort();
    String root = "http://127.0.0.1:" + port;
    try (ImageRun mock = runAsTheImageWould(container, port)) {
      Kit.awaitStatus(
          mock,
          root + "/__admin/health",
          Map.of("Authorization", "Token " + container.getAdminToken()),
          200);
      MockAdminClient admin = MockAdminClient.of(root).withAdminToken(container.getAdminToken());
      assertThat(admin.projects("acme")).hasSize(300);
      assertThat(admin.projects("globex")).hasSize(15);
    }
    assertThatThrownBy(() -> new WethodMockContainer().withGeneratedProjects(0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void itAnswersItsNetworkAliasesAndTheTestsHostButNoOtherName() throws Exception {
    WethodMockContainer container =
        new WethodMockContainer()
            .withNetworkAliases("service", "frontend-api")
            .withEnv("WETHOD_MOCK_ALLOWED_HOSTS", "mine");
    String allowed = container.allowedHosts("docker");
    assertThat(allowed.split(","))
        .contains("mine", "service", "frontend-api", "docker")
        .containsAll(container.getNetworkAliases());
    assertThat(container.allowedHosts("::1")).doesNotContain("::1");
    container.withEnv("WETHOD_MOCK_ALLOWED_HOSTS", allowed);

    int port = ImageRun.freePort();
    try (ImageRun mock = runAsTheImageWould(container, port)) {
      Kit.awaitStatus(
          mock,
          "http://127.0.0.1:" + port + "/__admin/health",
          Map.of("Authorization", "Token " + container.getAdminToken()),
          200);
      for (String name : List.of("service", "frontend-api", "docker", "mine", "localhost")) {
        assertThat(statusFor(port, name, container.getAdminToken())).as(name).isEqualTo(200);
      }
      assertThat(statusFor(port, "elsewhere", container.getAdminToken())).isEqualTo(403);
    }
  }

  /** The health endpoint's status for a request sent to {@code host} (a Host header of its own). */
  private static int statusFor(int port, String host, String token) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      String request =
          "GET /__admin/health HTTP/1.1\r\nHost: "
              + host
              + ":"
              + WethodMockContainer.PORT
              + "\r\nAuthorization: Token "
              + token
              + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String status =
          new java.io.BufferedReader(
                  new java.io.InputStreamReader(
                      socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII))
              .readLine();
      return Integer.parseInt(status.split(" ")[1]);
    }
  }

  @Test
  void withoutATokenOfItsOwnItMakesUpARandomOne() {
    String first = new WethodMockContainer().getAdminToken();
    String second = new WethodMockContainer().getAdminToken();
    assertThat(first).isNotBlank().isNotEqualTo(second);
    assertThat(new WethodMockContainer().getEnvMap()).containsKey("WETHOD_MOCK_ADMIN_TOKEN");
  }

  @Test
  void itsWaitStrategySendsTheTokenToTheHealthEndpoint() throws Exception {
    WethodMockContainer container = new WethodMockContainer().withAdminToken("wait-token");
    int port = ImageRun.freePort();
    try (ImageRun mock = runAsTheImageWould(container, port)) {
      container.healthWait().waitUntilReady(hostTarget(port));

      WethodMockContainer other = new WethodMockContainer().withAdminToken("other-token");
      var wait = other.healthWait();
      wait.withStartupTimeout(Duration.ofSeconds(3));
      assertThatThrownBy(() -> wait.waitUntilReady(hostTarget(port)))
          .isInstanceOf(ContainerLaunchException.class);
    }
  }

  /** The mock on this machine as a wait strategy sees a container: port 8080 mapped to it. */
  private static WaitStrategyTarget hostTarget(int port) {
    return new WaitStrategyTarget() {
      @Override
      public String getHost() {
        return "127.0.0.1";
      }

      @Override
      public List<Integer> getExposedPorts() {
        return List.of(WethodMockContainer.PORT);
      }

      @Override
      public Integer getMappedPort(int originalPort) {
        return port;
      }

      @Override
      public Set<Integer> getLivenessCheckPortNumbers() {
        return Set.of(port);
      }

      @Override
      public InspectContainerResponse getContainerInfo() {
        return new InspectContainerResponse();
      }
    };
  }

  @Test
  void badInputIsRefusedWhereItIsGiven(@TempDir Path dir) {
    assertThatThrownBy(() -> new WethodMockContainer().withFixtures(dir.resolve("none")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a folder");
    assertThatThrownBy(() -> new WethodMockContainer().withContract(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a file");
    assertThatThrownBy(() -> new WethodMockContainer().withAdminToken(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WethodMockContainer(DockerImageName.parse("redis:7")))
        .isInstanceOf(IllegalStateException.class);
    assertThatCode(
            () ->
                new WethodMockContainer(
                    DockerImageName.parse("registry.example/mock:2")
                        .asCompatibleSubstituteFor("wethod-projects-mock")))
        .doesNotThrowAnyException();
  }
}
