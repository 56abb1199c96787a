package io.wethodkit.mock.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * The packaged jar run as its users run it, {@code java -jar} on a free port, with its output kept;
 * the environment holds no {@code WETHOD_MOCK_*} variable but those given.
 */
final class MockJar implements AutoCloseable {

  static final Path JAR =
      Path.of(System.getProperty("mock.jar", "target/wethod-projects-mock.jar"));
  private static final Pattern LISTENING =
      Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");

  final Process launcher;
  final int port;
  private final StringBuffer output;

  private MockJar(Process launcher, int port, StringBuffer output) {
    this.launcher = launcher;
    this.port = port;
    this.output = output;
  }

  /** Starts the jar and waits until it listens; skips the test when the jar is not built. */
  static MockJar start(Map<String, String> environment, String... args) throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(JAR), "the jar " + JAR + " is built by package");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of("--port", "0"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    // A heap or collector chosen here would keep the mock in the launcher's JVM.
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().keySet().removeIf(name -> name.startsWith("WETHOD_MOCK_"));
    builder.environment().putAll(environment);
    Process launcher = builder.start();
    StringBuffer output = new StringBuffer();
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
    return new MockJar(launcher, listening.get(60, TimeUnit.SECONDS), output);
  }

  String output() {
    return output.toString();
  }

  /** Kills whatever is left: the test's own assertions say what should have ended. */
  @Override
  public void close() {
    launcher.descendants().forEach(ProcessHandle::destroyForcibly);
    launcher.destroyForcibly();
  }
}
