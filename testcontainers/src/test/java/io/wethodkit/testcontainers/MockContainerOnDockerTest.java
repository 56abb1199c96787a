package io.wethodkit.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.command.InspectContainerResponse.ContainerState;
import io.wethodkit.mock.client.MockAdminClient;
import io.wethodkit.testcontainers.support.ImageFacts;
import io.wethodkit.testcontainers.support.Kit;
import io.wethodkit.testcontainers.support.KitImage;
import io.wethodkit.testcontainers.support.OnContainerEngine;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testcontainers.containers.output.ToStringConsumer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@link WethodMockContainer} on a container engine, used as its README shows: one container for
 * the class, on fixtures of the test's own, reset before each test through the typed admin client.
 */
@OnContainerEngine(KitImage.MOCK)
@Testcontainers
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MockContainerOnDockerTest {

  /** The small test dataset: 12 acme projects, 3 of them soft-deleted, the others listed. */
  private static final int TEST_PROJECTS = 9;

  private static final int TEST_PROJECTS_WITH_DELETED = 12;

  private static final ToStringConsumer LOG = new ToStringConsumer();

  @Container
  static final WethodMockContainer MOCK =
      new WethodMockContainer()
          .withFixtures(Kit.testFixtures())
          .withAdminToken("class-token")
          .withLogConsumer(LOG);

  @BeforeEach
  void reset() {
    MOCK.admin().reset();
  }

  private static int listed() {
    return Kit.body(MOCK.getBaseUrl() + "/api/projects", Kit.listHeaders()).split("\"id\":").length
        - 1;
  }

  @Test
  @Order(1)
  void itServesTheFixturesCopiedIntoItAndItsAdminClientChangesThem() {
    assertThat(LOG.toUtf8String())
        .contains("fixtures: " + WethodMockContainer.FIXTURES_PATH + " (");
    assertThat(listed()).isEqualTo(TEST_PROJECTS);

    MockAdminClient admin = MOCK.admin();
    assertThat(admin.healthy()).isTrue();
    assertThat(admin.projects("acme")).hasSize(TEST_PROJECTS_WITH_DELETED);
    admin.softDelete("acme", 1);
    assertThat(listed()).isEqualTo(TEST_PROJECTS - 1);
  }

  @Test
  @Order(2)
  void eachTestStartsFromTheFixturesAgainAfterReset() {
    // The project soft-deleted by the test before is back.
    assertThat(listed()).isEqualTo(TEST_PROJECTS);
    assertThat(MOCK.admin().project("acme", 1).path("deleted_at").isNull()).isTrue();
  }

  @Test
  @Order(3)
  void itsAdminApiAndHealthNeedTheTokenTheEndpointNeedsABearer() {
    String root = MOCK.getBaseUrl();
    assertThat(Kit.status(root + "/__admin/health", Map.of())).isEqualTo(401);
    assertThat(Kit.status(root + "/__admin/health", Map.of("Authorization", "Token class-token")))
        .isEqualTo(200);
    assertThat(MockAdminClient.of(root).withAdminToken("other").healthy()).isFalse();
    assertThat(Kit.status(root + "/api/projects", Map.of())).isEqualTo(401);
  }

  @Test
  @Order(4)
  void dockersOwnHealthCheckTurnsHealthy() throws InterruptedException {
    // The image's HEALTHCHECK runs the kit's Java check with the token of the environment.
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    String health = "";
    while (!health.equals("healthy") && System.nanoTime() < deadline) {
      health = MOCK.getCurrentContainerInfo().getState().getHealth().getStatus();
      if (!health.equals("healthy")) {
        Thread.sleep(1000);
      }
    }
    assertThat(health).as(ImageFacts.healthLog(MOCK)).isEqualTo("healthy");
  }

  @Test
  void itServesGeneratedProjectsAndReportsItsStartTime() {
    try (WethodMockContainer generated = new WethodMockContainer().withGeneratedProjects(2500, 7)) {
      long started = System.nanoTime();
      generated.start();
      Duration startTime = Duration.ofNanos(System.nanoTime() - started);
      ImageFacts.print(KitImage.MOCK, "started and healthy, 2500 generated projects", startTime);

      assertThat(generated.admin().projects("acme")).hasSize(2500);
      assertThat(generated.admin().projects("globex")).hasSize(2500 / 20);
      assertThat(generated.getLogs()).contains("2 companies, " + (2500 + 2500 / 20) + " projects");
    }
  }

  @Test
  void dockerStopEndsItAtOnceWithSigterm() {
    try (WethodMockContainer mock = new WethodMockContainer()) {
      long started = System.nanoTime();
      mock.start();
      ImageFacts.print(
          KitImage.MOCK,
          "started and healthy, bundled fixtures",
          Duration.ofNanos(System.nanoTime() - started));

      // The JVM is process 1 and handles SIGTERM as a stop that was asked for: exit code 0, well
      // before docker stop's deadline, after which the engine would kill it (exit 137).
      mock.getDockerClient().stopContainerCmd(mock.getContainerId()).withTimeout(60).exec();
      ContainerState state = mock.getCurrentContainerInfo().getState();
      assertThat(state.getExitCodeLong()).as(mock.getLogs()).isEqualTo(0L);
      assertThat(state.getOOMKilled()).isFalse();
    }
  }

  @Test
  @Order(10)
  void itsCoverageShowsTheBehavioursTheTestsCallsMet() {
    assertThat(MOCK.coverage().summary().covered()).as("reset before this test").isZero();
    listed();
    Kit.body(MOCK.getBaseUrl() + "/api/projects?deleted=only", Kit.listHeaders());

    io.wethodkit.mock.client.CoverageAssert.assertThat(MOCK.liveCoverage())
        .covers("200", "deleted.exclude", "deleted.only")
        .hasNotCovered("412.missing-version");
    MOCK.admin().resetKeepingCoverage();
    assertThat(MOCK.coverage().coveredIds()).contains("deleted.only");
    assertThat(MOCK.coverage().behaviour("412.missing-version").orElseThrow().howToMeet())
        .isNotNull();
  }
}
