package io.wethodkit.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.testcontainers.support.Dockerfile;
import io.wethodkit.testcontainers.support.Kit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both Dockerfiles build on any Java 17 runtime image: the base is a build argument whose default
 * is the public Temurin JRE, and nothing in them needs more than {@code java} (no shell, no package
 * manager, no account tools, no downloads), so the same file builds on Temurin and on the base that
 * {@code docker/build-jre-base.sh} makes.
 */
class DockerfilesTest {

  static Stream<Dockerfile> dockerfiles() {
    return Stream.of(Kit.mockDockerfile(), Kit.conformanceDockerfile());
  }

  @ParameterizedTest
  @MethodSource("dockerfiles")
  void theBaseIsABuildArgumentDefaultingToTheTemurinJre(Dockerfile dockerfile) {
    assertThat(dockerfile.all("FROM")).containsExactly("${BASE_IMAGE}");
    assertThat(dockerfile.argumentDefault("BASE_IMAGE")).hasValue("eclipse-temurin:17-jre");
  }

  @ParameterizedTest
  @MethodSource("dockerfiles")
  void itNeedsNothingButJava(Dockerfile dockerfile) {
    for (String instruction : List.of("RUN", "ADD", "SHELL", "ONBUILD")) {
      assertThat(dockerfile.all(instruction)).as(instruction).isEmpty();
    }
    assertThat(dockerfile.all("COPY")).allMatch(copy -> copy.startsWith("target/"));
    assertThat(dockerfile.execForm("ENTRYPOINT")).first().isEqualTo("java");
    if (dockerfile.last("HEALTHCHECK").isPresent()) {
      assertThat(dockerfile.healthCheckExecForm()).first().isEqualTo("java");
    }
  }

  @ParameterizedTest
  @MethodSource("dockerfiles")
  void itRunsAsANumericUserOtherThanRoot(Dockerfile dockerfile) {
    // A name would need an account in the base image; 0 is root.
    assertThat(dockerfile.last("USER"))
        .hasValueSatisfying(user -> assertThat(user).matches("[1-9][0-9]*(:[0-9]+)?"));
  }
}
