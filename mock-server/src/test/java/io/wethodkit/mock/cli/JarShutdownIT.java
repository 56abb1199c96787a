package io.wethodkit.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.mock.support.RawHttp;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The packaged jar started as its users start it ({@code java -jar}: a launcher that runs the mock
 * in a child JVM): asked to stop through {@code /__admin/shutdown} or by SIGTERM, every process of
 * the mock ends, with exit code 0, within two seconds.
 */
@Timeout(120)
class JarShutdownIT {

  private static final long STOP_SECONDS = 2;

  private MockJar jar;
  private List<ProcessHandle> children;

  @BeforeEach
  void start() throws Exception {
    jar = MockJar.start(Map.of());
    children = jar.launcher.descendants().toList();
    assertThat(children).as("the mock runs in a child JVM").isNotEmpty();
  }

  @AfterEach
  void killLeftovers() {
    if (jar != null) {
      jar.close();
    }
  }

  @Test
  void theAdminShutdownEndsTheLauncherAndItsChildWithExitCode0() throws Exception {
    RawHttp.Reply reply = RawHttp.send(jar.port, "POST", "/__admin/shutdown", Map.of());
    assertThat(reply.status()).isEqualTo(200);

    assertAllEndWithinTheLimit();
  }

  @Test
  void sigtermEndsTheLauncherAndItsChildWithExitCode0() throws Exception {
    jar.launcher.destroy();

    assertAllEndWithinTheLimit();
  }

  @Test
  void theChildDoesNotOutliveAKilledLauncher() throws Exception {
    jar.launcher.destroyForcibly();
    assertThat(jar.launcher.waitFor(10, TimeUnit.SECONDS)).isTrue();

    for (ProcessHandle child : children) {
      child.onExit().get(10, TimeUnit.SECONDS);
      assertThat(child.isAlive()).as("child " + child.pid()).isFalse();
    }
  }

  private void assertAllEndWithinTheLimit() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_SECONDS);
    assertThat(jar.launcher.waitFor(STOP_SECONDS, TimeUnit.SECONDS))
        .as("the launcher ended within %d s; its output:%n%s", STOP_SECONDS, jar.output())
        .isTrue();
    assertThat(jar.launcher.exitValue()).as(jar.output()).isZero();
    for (ProcessHandle child : children) {
      long left = Math.max(0, deadline - System.nanoTime());
      try {
        child.onExit().get(left, TimeUnit.NANOSECONDS);
      } catch (TimeoutException stillRunning) {
        // Asserted below.
      }
      assertThat(child.isAlive()).as("child " + child.pid() + " ended").isFalse();
    }
  }
}
