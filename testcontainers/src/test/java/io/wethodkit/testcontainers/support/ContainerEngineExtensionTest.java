package io.wethodkit.testcontainers.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wethodkit.testcontainers.support.ContainerEngineExtension.ContainerTestsCannotRun;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** What a container test that cannot run becomes: skipped with its reason, or failed in CI. */
class ContainerEngineExtensionTest {

  @Test
  void outsideCiItIsSkippedWithItsReason() {
    assertThatThrownBy(() -> ContainerEngineExtension.refuse("no engine here", false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("no engine here");
  }

  @Test
  void inCiItFailsWithItsReason() {
    assertThatThrownBy(() -> ContainerEngineExtension.refuse("no engine here", true))
        .isInstanceOf(ContainerTestsCannotRun.class)
        .isNotInstanceOf(TestAbortedException.class)
        .hasMessageContaining("CI=true")
        .hasMessageContaining("no engine here");
  }

  @Test
  void ciIsWhatCiServicesSet() {
    assertThat(ContainerEngineExtension.inCi("true")).isTrue();
    assertThat(ContainerEngineExtension.inCi("TRUE")).isTrue();
    assertThat(ContainerEngineExtension.inCi("1")).isTrue();
    assertThat(ContainerEngineExtension.inCi(null)).isFalse();
    assertThat(ContainerEngineExtension.inCi("")).isFalse();
    assertThat(ContainerEngineExtension.inCi("false")).isFalse();
  }
}
