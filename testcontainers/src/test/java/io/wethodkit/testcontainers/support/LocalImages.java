package io.wethodkit.testcontainers.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.dockerjava.api.exception.NotFoundException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.DockerImageName;

/** The kit's images are built by CI from the jars (see .ci/run), never pulled. */
public final class LocalImages {

  private LocalImages() {}

  /** Skips the test, saying how to build it, when the image is not on this Docker host. */
  public static void assumeBuilt(DockerImageName image, String dockerfileFolder) {
    boolean present;
    try {
      DockerClientFactory.instance().client().inspectImageCmd(image.asCanonicalNameString()).exec();
      present = true;
    } catch (NotFoundException e) {
      present = false;
    }
    assumeTrue(
        present,
        () ->
            "the image "
                + image.asCanonicalNameString()
                + " is not built: mvn -B -DskipTests package && docker build -t "
                + image.asCanonicalNameString()
                + " "
                + dockerfileFolder);
  }
}
