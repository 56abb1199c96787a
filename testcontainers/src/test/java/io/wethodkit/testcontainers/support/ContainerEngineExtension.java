package io.wethodkit.testcontainers.support;

import com.github.dockerjava.api.exception.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.testcontainers.DockerClientFactory;

/**
 * The check of {@link OnContainerEngine}: before a class's first test, whether Testcontainers
 * reaches a container engine and the images the class needs are on it; if not, the class is skipped
 * with the reason, or fails in CI.
 */
public final class ContainerEngineExtension implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    KitImage[] images =
        AnnotationSupport.findAnnotation(context.getRequiredTestClass(), OnContainerEngine.class)
            .map(OnContainerEngine::value)
            .orElse(KitImage.values());
    whyNotRunnable(images).ifPresent(reason -> refuse(reason, inCi(System.getenv("CI"))));
  }

  /** Why the tests cannot run here, or empty when they can. */
  static Optional<String> whyNotRunnable(KitImage... images) {
    if (!DockerClientFactory.instance().isDockerAvailable()) {
      return Optional.of(
          "no container engine answers Testcontainers (start Docker; without Docker Hub, also set"
              + " TESTCONTAINERS_RYUK_DISABLED=true and TESTCONTAINERS_HOST_OVERRIDE=localhost, see"
              + " testcontainers/README.md)");
    }
    List<String> missing = new ArrayList<>();
    for (KitImage image : images) {
      if (!isBuilt(image)) {
        missing.add(
            "the image "
                + image.imageName().asCanonicalNameString()
                + " is not built: "
                + image.buildCommand());
      }
    }
    return missing.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", missing));
  }

  private static boolean isBuilt(KitImage image) {
    try {
      DockerClientFactory.instance()
          .client()
          .inspectImageCmd(image.imageName().asCanonicalNameString())
          .exec();
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  /** Whether the {@code CI} environment variable says this is a CI build, as CI services set it. */
  static boolean inCi(String ciVariable) {
    return ciVariable != null && (ciVariable.equalsIgnoreCase("true") || ciVariable.equals("1"));
  }

  /**
   * Skips the tests with {@code reason} (an aborted test), or in CI fails them.
   *
   * @throws ContainerTestsCannotRun in CI
   */
  static void refuse(String reason, boolean ci) {
    if (ci) {
      throw new ContainerTestsCannotRun("CI=true, so the container tests must run, but " + reason);
    }
    Assumptions.abort(reason);
  }

  /** A CI build whose container tests cannot run. */
  public static final class ContainerTestsCannotRun extends RuntimeException {
    ContainerTestsCannotRun(String message) {
      super(message);
    }
  }
}
