package io.wethodkit.testcontainers.support;

import com.github.dockerjava.api.command.HealthStateLog;
import com.github.dockerjava.api.command.InspectContainerResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

/** What the container tests print about the images: their size and how fast they start. */
public final class ImageFacts {

  private ImageFacts() {}

  /** The image's size on the engine, in MB (10^6 bytes, as docker images shows it). */
  public static long sizeMegabytes(KitImage image) {
    Long bytes =
        DockerClientFactory.instance()
            .client()
            .inspectImageCmd(image.imageName().asCanonicalNameString())
            .exec()
            .getSize();
    return Math.round(bytes / 1e6);
  }

  /** Prints e.g. {@code [image] wethod-projects-mock:1.0.0 (109 MB): started in 2.1 s}. */
  public static void print(KitImage image, String what, Duration time) {
    System.out.printf(
        Locale.ROOT,
        "[image] %s (%d MB): %s in %.1f s%n",
        image.imageName().asCanonicalNameString(),
        sizeMegabytes(image),
        what,
        time.toMillis() / 1000.0);
  }

  /** Docker's health log of a container, to explain a health that is not the one expected. */
  public static String healthLog(GenericContainer<?> container) {
    InspectContainerResponse.ContainerState state = container.getCurrentContainerInfo().getState();
    List<HealthStateLog> log = state.getHealth() == null ? List.of() : state.getHealth().getLog();
    return log.stream()
        .map(entry -> entry.getExitCodeLong() + ": " + entry.getOutput())
        .collect(Collectors.joining("\n", "health log:\n", ""));
  }
}
