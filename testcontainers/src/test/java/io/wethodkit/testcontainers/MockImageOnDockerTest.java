package io.wethodkit.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import io.wethodkit.testcontainers.support.ImageFacts;
import io.wethodkit.testcontainers.support.Kit;
import io.wethodkit.testcontainers.support.KitImage;
import io.wethodkit.testcontainers.support.OnContainerEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.ToStringConsumer;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;

/** The mock's image itself, run with plain containers as {@code docker run} would. */
@OnContainerEngine(KitImage.MOCK)
class MockImageOnDockerTest {

  private static final String JAR = "/app/wethod-projects-mock.jar";

  @Test
  void itRunsAsANumericUserOtherThanRootWithTheKitsJavaHealthCheck() {
    DockerClient docker = DockerClientFactory.instance().client();
    InspectImageResponse image =
        docker.inspectImageCmd(KitImage.MOCK.imageName().asCanonicalNameString()).exec();
    assertThat(image.getConfig().getUser()).matches("[1-9][0-9]*(:[0-9]+)?");
    assertThat(image.getConfig().getEnv()).contains("WETHOD_MOCK_BIND=0.0.0.0");
    assertThat(image.getConfig().getExposedPorts())
        .extracting(Object::toString)
        .containsExactly("8080/tcp");
    assertThat(image.getConfig().getHealthcheck().getTest())
        .startsWith("CMD", "java")
        .contains(JAR, "io.wethodkit.mock.cli.HealthCheck");
    System.out.printf(
        "[image] %s: %d MB%n",
        KitImage.MOCK.imageName().asCanonicalNameString(), ImageFacts.sizeMegabytes(KitImage.MOCK));
  }

  @Test
  void withoutAnAdminTokenItRefusesToStartOnAllInterfacesAndSaysWhy() throws Exception {
    ToStringConsumer log = new ToStringConsumer();
    AtomicLong exitCode = new AtomicLong(-1);
    try (GenericContainer<?> open =
        new GenericContainer<>(KitImage.MOCK.imageName())
            // Attached before start, so that the output outlives the container.
            .withLogConsumer(log)
            .withStartupCheckStrategy(
                new OneShotStartupCheckStrategy() {
                  @Override
                  public StartupStatus checkStartupState(DockerClient client, String id) {
                    Long code = getCurrentState(client, id).getExitCodeLong();
                    if (code != null) {
                      exitCode.set(code);
                    }
                    return super.checkStartupState(client, id);
                  }
                }.withTimeout(Duration.ofSeconds(60)))) {
      assertThatThrownBy(open::start).isInstanceOf(ContainerLaunchException.class);
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!log.toUtf8String().contains("WETHOD_MOCK_ADMIN_TOKEN")
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(log.toUtf8String())
        .contains("Refusing to listen on 0.0.0.0", "WETHOD_MOCK_ADMIN_TOKEN")
        .doesNotContain("listening on http")
        .doesNotContain("Exception");
    assertThat(exitCode.get()).isEqualTo(2);
  }

  @Test
  void itsJvmSizesTheHeapFromTheContainersMemoryLimit() {
    // The image's own JVM options, with this JVM's final flags printed instead of the mock run.
    List<String> command = new ArrayList<>(Kit.mockDockerfile().execForm("ENTRYPOINT"));
    command.subList(command.indexOf("-jar"), command.size()).clear();
    command.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
    long limit = 512L * 1024 * 1024;
    ToStringConsumer out = new ToStringConsumer();
    try (GenericContainer<?> jvm =
        new GenericContainer<>(KitImage.MOCK.imageName())
            .withCreateContainerCmdModifier(
                create -> {
                  create.withEntrypoint(command.toArray(String[]::new)).withCmd();
                  create.getHostConfig().withMemory(limit).withMemorySwap(limit);
                })
            .withLogConsumer(out)
            .withStartupCheckStrategy(
                new OneShotStartupCheckStrategy().withTimeout(Duration.ofSeconds(60)))) {
      jvm.start();
      String flags = jvm.getLogs();
      assertThat(flag(flags, "UseSerialGC")).isEqualTo("true");
      // 75% of the limit, give or take the heap's alignment.
      assertThat(Long.parseLong(flag(flags, "MaxHeapSize")))
          .isBetween(limit * 3 / 4 - (4 << 20), limit * 3 / 4);
      assertThat(Long.parseLong(flag(flags, "InitialHeapSize"))).isLessThanOrEqualTo(32L << 20);
    }
  }

  private static String flag(String printFlagsFinal, String name) {
    Matcher value = Pattern.compile("\\s" + name + "\\s+=\\s+(\\S+)").matcher(printFlagsFinal);
    assertThat(value.find()).as(name + " in " + printFlagsFinal).isTrue();
    return value.group(1);
  }
}
