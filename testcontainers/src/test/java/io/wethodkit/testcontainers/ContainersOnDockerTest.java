package io.wethodkit.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wethodkit.conformance.api.ConformanceAssertions;
import io.wethodkit.conformance.api.ConformanceReport;
import io.wethodkit.conformance.api.ConformanceSuite;
import io.wethodkit.conformance.api.ConformanceTarget;
import io.wethodkit.testcontainers.support.Kit;
import io.wethodkit.testcontainers.support.LocalImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The images themselves, started by Testcontainers: they need a container engine and the images
 * built from the jars (CI does both), and are skipped otherwise.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainersOnDockerTest {

  @BeforeAll
  static void imagesAreBuilt() {
    LocalImages.assumeBuilt(WethodMockContainer.DEFAULT_IMAGE, "mock-server");
    LocalImages.assumeBuilt(ConformanceContainer.DEFAULT_IMAGE, "conformance-tests");
  }

  @Test
  void theMockContainerServesItsFixturesAndItsAdminApiNeedsTheToken() throws Exception {
    try (WethodMockContainer mock = new WethodMockContainer().withFixtures(Kit.testFixtures())) {
      mock.start();
      String list = mock.getBaseUrl() + "/api/projects";
      assertThat(Kit.body(list, Kit.listHeaders()).split("\"id\":")).hasSize(10);
      mock.admin().softDelete("acme", 1);
      assertThat(Kit.body(list, Kit.listHeaders()).split("\"id\":")).hasSize(9);
      assertThat(Kit.status(mock.getBaseUrl() + "/__admin/health", Map.of())).isEqualTo(401);

      // Docker's own HEALTHCHECK, which sends the token from the environment.
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      String health = "";
      while (!health.equals("healthy") && System.nanoTime() < deadline) {
        Thread.sleep(1000);
        health = mock.getCurrentContainerInfo().getState().getHealth().getStatus();
      }
      assertThat(health).isEqualTo("healthy");
    }
  }

  @Test
  void theImageWithoutTokenRefusesToStart() {
    try (GenericContainer<?> open =
        new GenericContainer<>(WethodMockContainer.DEFAULT_IMAGE)
            .withStartupCheckStrategy(
                new OneShotStartupCheckStrategy().withTimeout(Duration.ofSeconds(60)))) {
      assertThatThrownBy(open::start).isInstanceOf(ContainerLaunchException.class);
      assertThat(open.getLogs()).contains("Refusing to listen on 0.0.0.0");
    }
  }

  @Test
  void theSuiteCertifiesTheMockContainerFromAJUnitTest(@TempDir Path reports) {
    try (WethodMockContainer mock = new WethodMockContainer()) {
      mock.start();
      ConformanceReport report =
          ConformanceSuite.create()
              .reportDir(reports)
              .run(ConformanceTarget.seeded(mock.getBaseUrl()));
      ConformanceAssertions.assertConforms(report);
    }
  }

  @Test
  void theSuiteContainerCertifiesAServiceOnANetwork(@TempDir Path dir) throws Exception {
    Path config =
        Files.writeString(dir.resolve("target.yaml"), "baseUrl: http://x:1\nmode: seeded\n");
    try (Network network = Network.newNetwork();
        WethodMockContainer service =
            new WethodMockContainer().withNetwork(network).withNetworkAliases("service");
        ConformanceContainer suite =
            new ConformanceContainer()
                .withNetwork(network)
                .withTarget(service, WethodMockContainer.PORT)
                .withConfig(config)) {
      service.start();
      Certification certification = suite.certify(dir.resolve("reports"));
      assertThat(certification.mustFailures()).as(certification.logs()).isEmpty();
      assertThat(certification.conforms()).isTrue();
      for (String report : ConformanceContainer.REPORTS) {
        assertThat(dir.resolve("reports").resolve(report)).isNotEmptyFile();
      }
    }
  }
}
