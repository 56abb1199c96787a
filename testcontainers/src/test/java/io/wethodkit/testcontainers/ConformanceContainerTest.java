package io.wethodkit.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wethodkit.mock.MockServer;
import io.wethodkit.testcontainers.support.ImageRun;
import io.wethodkit.testcontainers.support.Kit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.startupcheck.StartupCheckStrategy.StartupStatus;

/**
 * The suite's container configuration, proven without a container engine: the command it gives the
 * suite's image, run on this machine against the mock, certifies a conforming mock and fails a
 * broken one.
 */
class ConformanceContainerTest {

  private static final String ONLY = "PRJ-OFFSET,PRJ-LIMIT-HONOURED,PRJ-PAGING-CONCAT";

  private static ConformanceContainer configured(Path config) {
    ConformanceContainer container =
        new ConformanceContainer()
            .withConfig(config)
            .withTarget("http://service:8080")
            .withOnly(ONLY.split(","));
    container.configure();
    return container;
  }

  private static Path seededConfig(Path dir) throws Exception {
    return Files.writeString(
        dir.resolve("target.yaml"), "baseUrl: http://placeholder:1\nmode: seeded\n");
  }

  /** The suite's image command with the container's command parts, on this machine. */
  private static Certification certifyAsTheImageWould(
      ConformanceContainer container, MockServer mock, Path reports) throws Exception {
    Map<String, String> containerToHost = new HashMap<>();
    container
        .getCopyToFileContainerPathMap()
        .forEach((file, path) -> containerToHost.put(path, file.getResolvedPath()));
    containerToHost.put("http://service:8080", mock.baseUrl());
    containerToHost.put(ConformanceContainer.REPORT_DIR, reports.toString());
    try (ImageRun suite =
        ImageRun.start(
            Kit.conformanceDockerfile(),
            "/app/wethod-projects-conformance.jar",
            Kit.conformanceJar(),
            List.of(container.getCommandParts()),
            Map.of(),
            value -> containerToHost.getOrDefault(value, value))) {
      int exit = suite.exitCode(Duration.ofSeconds(120));
      for (String report : ConformanceContainer.REPORTS) {
        assertThat(reports.resolve(report)).exists();
      }
      return new Certification(
          exit, new ObjectMapper().readTree(reports.resolve("report.json").toFile()), suite.out());
    }
  }

  @Test
  void itsCommandCertifiesAConformingService(@TempDir Path dir) throws Exception {
    ConformanceContainer container = configured(seededConfig(dir));
    assertThat(container.getCommandParts())
        .containsExactly(
            "--config",
            ConformanceContainer.CONFIG_PATH,
            "--base-url",
            "http://service:8080",
            "--report-dir",
            ConformanceContainer.REPORT_DIR,
            "--only",
            ONLY);
    try (MockServer mock = MockServer.builder().build().start()) {
      Certification certification = certifyAsTheImageWould(container, mock, dir.resolve("reports"));
      assertThat(certification.conforms()).as(certification.logs()).isTrue();
      assertThat(certification.mustFailures()).isEmpty();
      assertThat(certification.report().path("summary").path("pass").asInt()).isEqualTo(3);
    }
  }

  @Test
  void itsCommandFailsABrokenServiceNamingTheFailedRequirement(@TempDir Path dir) throws Exception {
    ConformanceContainer container = configured(seededConfig(dir));
    try (MockServer broken =
        MockServer.builder()
            .customize(
                parts ->
                    parts.toBuilder()
                        .paginator(
                            (selected, query) ->
                                parts
                                    .paginator()
                                    .page(selected, query.withOffset(query.offset() + 1)))
                        .build())
            .build()
            .start()) {
      Certification certification =
          certifyAsTheImageWould(container, broken, dir.resolve("reports"));
      assertThat(certification.conforms()).isFalse();
      assertThat(certification.exitCode()).isEqualTo(1);
      assertThat(certification.mustFailures()).contains("PRJ-OFFSET");
    }
  }

  @Test
  void theTargetIsTheServicesNetworkAlias() {
    GenericContainer<?> service =
        new GenericContainer<>("vendor/projects:1").withNetworkAliases("vendor");
    ConformanceContainer container = new ConformanceContainer().withTarget(service, 9000);
    container.withCopyFileToContainer(
        org.testcontainers.utility.MountableFile.forHostPath(Kit.root().resolve("pom.xml")),
        ConformanceContainer.CONFIG_PATH);
    container.configure();
    assertThat(List.of(container.getCommandParts()))
        .containsSequence("--base-url", "http://vendor:9000");
    assertThat(container.getDependencies()).contains(service);
  }

  @Test
  void withoutTargetOrConfigItDoesNotStart(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> new ConformanceContainer().withConfig(seededConfig(dir)).configure())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("withTarget");
    assertThatThrownBy(() -> new ConformanceContainer().withTarget("http://x:1").configure())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("withConfig");
    assertThatThrownBy(() -> new ConformanceContainer().withConfig(dir.resolve("none.yaml")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyAVerdictCountsAsStarted() {
    assertThat(SuiteExitStrategy.verdict(0L)).isEqualTo(StartupStatus.SUCCESSFUL);
    assertThat(SuiteExitStrategy.verdict(1L)).isEqualTo(StartupStatus.SUCCESSFUL);
    assertThat(SuiteExitStrategy.verdict(2L)).isEqualTo(StartupStatus.FAILED);
    assertThat(SuiteExitStrategy.verdict(null)).isEqualTo(StartupStatus.FAILED);
  }
}
