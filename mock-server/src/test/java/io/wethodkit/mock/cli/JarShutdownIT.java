package io.wethodkit.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.mock.support.RawHttp;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
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

  private static final Path JAR =
      Path.of(System.getProperty("mock.jar", "target/wethod-projects-mock.jar"));
  private static final Pattern LISTENING =
      Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");
  private static final long STOP_SECONDS = 2;

  private Process launcher;
  private List<ProcessHandle> children;
  private int port;
  private final StringBuffer output = new StringBuffer();

  @BeforeEach
  void start() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(JAR), "the jar " + JAR + " is built by mvn package");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "--port",
                "0")
            .redirectErrorStream(true);
    // A heap or collector chosen here would keep the mock in the launcher's JVM.
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().keySet().removeIf(name -> name.startsWith("WETHOD_MOCK_"));
    launcher = builder.start();
    CompletableFuture<Integer> listening = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  output.append(line).append('\n');
                  Matcher url = LISTENING.matcher(line);
                  if (url.find()) {
                    listening.complete(Integer.parseInt(url.group(1)));
                  }
                }
              } catch (IOException ended) {
                // The process is gone.
              }
              listening.completeExceptionally(new IllegalStateException("no URL in " + output));
            },
            "mock-output");
    reader.setDaemon(true);
    reader.start();
    port = listening.get(60, TimeUnit.SECONDS);
    children = launcher.descendants().toList();
  }

  @AfterEach
  void killLeftovers() {
    if (launcher != null) {
      launcher.descendants().forEach(ProcessHandle::destroyForcibly);
      launcher.destroyForcibly();
    }
  }

  @Test
  void theAdminShutdownEndsTheLauncherAndItsChildWithExitCode0() throws Exception {
    assertThat(children).as("the mock runs in a child JVM").isNotEmpty();
    RawHttp.Reply reply = RawHttp.send(port, "POST", "/__admin/shutdown", Map.of());
    assertThat(reply.status()).isEqualTo(200);

    assertAllEndWithinTheLimit();
  }

  @Test
  void sigtermEndsTheLauncherAndItsChildWithExitCode0() throws Exception {
    assertThat(children).as("the mock runs in a child JVM").isNotEmpty();
    launcher.destroy();

    assertAllEndWithinTheLimit();
  }

  @Test
  void theChildDoesNotOutliveAKilledLauncher() throws Exception {
    assertThat(children).isNotEmpty();
    launcher.destroyForcibly();
    assertThat(launcher.waitFor(10, TimeUnit.SECONDS)).isTrue();

    for (ProcessHandle child : children) {
      child.onExit().get(10, TimeUnit.SECONDS);
      assertThat(child.isAlive()).as("child " + child.pid()).isFalse();
    }
  }

  private void assertAllEndWithinTheLimit() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_SECONDS);
    assertThat(launcher.waitFor(STOP_SECONDS, TimeUnit.SECONDS))
        .as("the launcher ended within %d s; its output:%n%s", STOP_SECONDS, output)
        .isTrue();
    assertThat(launcher.exitValue()).as(output.toString()).isZero();
    for (ProcessHandle child : children) {
      long left = Math.max(0, deadline - System.nanoTime());
      try {
        child.onExit().get(left, TimeUnit.NANOSECONDS);
      } catch (java.util.concurrent.TimeoutException stillRunning) {
        // Asserted below.
      }
      assertThat(child.isAlive()).as("child " + child.pid() + " ended").isFalse();
    }
  }
}
