package io.wethodkit.testcontainers;

import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.client.AdminToken;
import io.wethodkit.mock.client.Coverage;
import io.wethodkit.mock.client.MockAdminClient;
import io.wethodkit.mock.client.MockCoverage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.HttpWaitStrategy;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The projects mock in a container: the emulation of {@code GET /api/projects} on port {@value
 * #PORT}, its admin API protected by a token (a random one unless {@link #withAdminToken} sets it),
 * ready once its health endpoint answers. It answers the names it is reached by: its network
 * aliases (other containers on its network) and the host the tests reach it on.
 *
 * <pre>{@code
 * @Container
 * static WethodMockContainer mock = new WethodMockContainer()
 *     .withFixtures(Path.of("src/test/resources/my-fixtures"));
 *
 * String url = mock.getBaseUrl() + "/api/projects";
 * mock.admin().softDelete("acme", 1);
 * CoverageAssert.assertThat(mock.coverage()).covers("412.missing-version");
 * }</pre>
 */
public class WethodMockContainer extends GenericContainer<WethodMockContainer> {

  /** {@code wethod-projects-mock:<kit version>}, as the kit's Dockerfile builds it. */
  public static final DockerImageName DEFAULT_IMAGE = KitImages.named("wethod-projects-mock");

  /** The port the mock listens on inside the container. */
  public static final int PORT = 8080;

  /** Where {@link #withFixtures} puts the fixtures folder in the container. */
  public static final String FIXTURES_PATH = "/fixtures";

  /** Where {@link #withContract} puts the contract in the container. */
  public static final String CONTRACT_PATH = "/contract/openapi.yaml";

  static final String HEALTH_PATH = AdminRouteTable.ADMIN_PATH + AdminRouteTable.HEALTH;
  static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

  private String adminToken;

  /** The mock of {@link #DEFAULT_IMAGE}. */
  public WethodMockContainer() {
    this(DEFAULT_IMAGE);
  }

  /** The mock of another tag, or a copy of the image under another name. */
  public WethodMockContainer(DockerImageName image) {
    super(image);
    image.assertCompatibleWith(DockerImageName.parse(DEFAULT_IMAGE.getUnversionedPart()));
    withExposedPorts(PORT);
    withAdminToken(UUID.randomUUID().toString());
  }

  /** A folder in the fixture format, copied to {@value #FIXTURES_PATH} and served instead. */
  public WethodMockContainer withFixtures(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("the fixtures folder " + folder + " is not a folder");
    }
    withCopyFileToContainer(MountableFile.forHostPath(folder), FIXTURES_PATH);
    return withEnv(ImageEnvironment.FIXTURES, FIXTURES_PATH);
  }

  /** An OpenAPI contract to emulate, copied to {@value #CONTRACT_PATH}. */
  public WethodMockContainer withContract(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("the contract " + file + " is not a file");
    }
    withCopyFileToContainer(MountableFile.forHostPath(file), CONTRACT_PATH);
    return withEnv(ImageEnvironment.CONTRACT, CONTRACT_PATH);
  }

  /**
   * The token every {@code /__admin} call must send as {@code Authorization: Token <token>}; the
   * container's health check, wait strategy and {@link #admin()} send it.
   */
  public WethodMockContainer withAdminToken(String token) {
    if (Objects.requireNonNull(token, "token").isBlank()) {
      throw new IllegalArgumentException("the admin token must not be blank");
    }
    this.adminToken = token;
    withEnv(ImageEnvironment.ADMIN_TOKEN, token);
    return waitingFor(healthWait());
  }

  /**
   * Serves {@code projects} generated projects in the first company (a twentieth of that in each
   * other one) instead of the fixtures' ones, on the fixtures' companies and identities: the mock's
   * {@code --generate N:SEED}. The same seed gives the same data.
   */
  public WethodMockContainer withGeneratedProjects(int projects, long seed) {
    if (projects < 1) {
      throw new IllegalArgumentException("the number of generated projects must be at least 1");
    }
    return withEnv(ImageEnvironment.GENERATE, projects + ":" + seed);
  }

  /** Records requests in WireMock's journal ({@code /__admin/requests}). */
  public WethodMockContainer withJournal() {
    return withEnv(ImageEnvironment.JOURNAL, "true");
  }

  @Override
  protected void configure() {
    super.configure();
    withEnv(ImageEnvironment.ALLOWED_HOSTS, allowedHosts(getHost()));
  }

  /**
   * The host names the mock answers besides IP addresses and localhost, which it answers anyway:
   * those already given in the environment, the network aliases, and {@code testHost}, the name the
   * tests reach it by (e.g. {@code docker} with a remote engine).
   */
  String allowedHosts(String testHost) {
    Set<String> names = new LinkedHashSet<>();
    String given = getEnvMap().get(ImageEnvironment.ALLOWED_HOSTS);
    if (given != null) {
      for (String name : given.split(",")) {
        names.add(name.strip());
      }
    }
    names.addAll(getNetworkAliases());
    names.add(testHost);
    // An IPv6 literal is answered anyway, and is no host name to give.
    names.removeIf(name -> name == null || name.isEmpty() || name.contains(":"));
    return String.join(",", names);
  }

  /** The wait strategy: the health endpoint answers 200 to the admin token. */
  HttpWaitStrategy healthWait() {
    HttpWaitStrategy health =
        Wait.forHttp(HEALTH_PATH)
            .forPort(PORT)
            .withHeader(AdminToken.HEADER, AdminToken.headerValue(adminToken))
            .forStatusCode(200);
    health.withStartupTimeout(STARTUP_TIMEOUT);
    return health;
  }

  /** E.g. {@code http://localhost:32768}: where the test reaches the mock. */
  public String getBaseUrl() {
    return "http://" + getHost() + ":" + getMappedPort(PORT);
  }

  public String getAdminToken() {
    return adminToken;
  }

  /** The mock's admin API: reset, dataset, projects, identities, clock, coverage. */
  public MockAdminClient admin() {
    return MockAdminClient.of(getBaseUrl()).withAdminToken(adminToken);
  }

  /**
   * Which of the endpoint's behaviours the tests' calls have met since the container started or the
   * coverage was reset (also by {@code admin().reset()}; {@code admin().resetKeepingCoverage()}
   * keeps it), each never-met one with a request that meets it. Check it with {@link
   * io.wethodkit.mock.client.CoverageAssert}.
   */
  public Coverage coverage() {
    return admin().coverage();
  }

  /** The coverage read anew on each {@link MockCoverage#current()}. */
  public MockCoverage liveCoverage() {
    return admin().liveCoverage();
  }
}
