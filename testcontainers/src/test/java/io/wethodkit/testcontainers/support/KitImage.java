package io.wethodkit.testcontainers.support;

import io.wethodkit.testcontainers.ConformanceContainer;
import io.wethodkit.testcontainers.WethodMockContainer;
import org.testcontainers.utility.DockerImageName;

/** The kit's images, built from the jars by CI (see .ci/run), never pulled. */
public enum KitImage {
  MOCK(WethodMockContainer.DEFAULT_IMAGE, "mock-server"),
  SUITE(ConformanceContainer.DEFAULT_IMAGE, "conformance-tests");

  private final DockerImageName name;
  private final String dockerfileFolder;

  KitImage(DockerImageName name, String dockerfileFolder) {
    this.name = name;
    this.dockerfileFolder = dockerfileFolder;
  }

  public DockerImageName imageName() {
    return name;
  }

  /** How to build it, from the repository's root. */
  public String buildCommand() {
    return "mvn -B -DskipTests package && docker build -t "
        + name.asCanonicalNameString()
        + " "
        + dockerfileFolder;
  }
}
