package io.wethodkit.testcontainers.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * An image's command line run on this machine: the Dockerfile's ENTRYPOINT and CMD (or the
 * arguments given) with its ENV and the environment given, {@code java} being this JVM's and the
 * image's jar the one Maven built. Paths inside the container are mapped to host paths.
 */
public final class ImageRun implements AutoCloseable {

  private final Process process;
  private final Path out;
  private final Path err;

  private ImageRun(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /**
   * Starts the image's command.
   *
   * @param dockerfile the image's Dockerfile
   * @param imageJar the jar's path inside the image
   * @param hostJar the jar Maven built
   * @param arguments the arguments given to {@code docker run} (empty: the CMD)
   * @param environment what {@code docker run -e} adds to the Dockerfile's ENV
   * @param hostPath maps a path (or URL) of the container's world to this machine's
   */
  public static ImageRun start(
      Dockerfile dockerfile,
      String imageJar,
      Path hostJar,
      List<String> arguments,
      Map<String, String> environment,
      UnaryOperator<String> hostPath) {
    return exec(
        dockerfile, dockerfile.commandLine(arguments), imageJar, hostJar, environment, hostPath);
  }

  /**
   * Starts a command of the image in exec form (its ENTRYPOINT and CMD, its HEALTHCHECK), {@code
   * java} being this JVM's, with the Dockerfile's ENV and {@code environment}.
   */
  public static ImageRun exec(
      Dockerfile dockerfile,
      List<String> imageCommand,
      String imageJar,
      Path hostJar,
      Map<String, String> environment,
      UnaryOperator<String> hostPath) {
    List<String> command = new ArrayList<>();
    for (String part : imageCommand) {
      if (command.isEmpty() && part.equals("java")) {
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      } else if (part.equals(imageJar)) {
        command.add(hostJar.toString());
      } else if (part.startsWith("@") && dockerfile.copiedTo(part.substring(1)).isPresent()) {
        // java @file: the options file the image copied from its build context.
        command.add("@" + dockerfile.copiedTo(part.substring(1)).orElseThrow());
      } else {
        command.add(hostPath.apply(part));
      }
    }
    Map<String, String> env = new HashMap<>(dockerfile.environment());
    env.putAll(environment);
    env.replaceAll((name, value) -> hostPath.apply(value));
    try {
      Path out = Files.createTempFile("image-run", ".out");
      Path err = Files.createTempFile("image-run", ".err");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      builder.environment().keySet().removeIf(name -> name.startsWith("WETHOD_MOCK_"));
      builder.environment().putAll(env);
      return new ImageRun(builder.start(), out, err);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The exit code, waiting at most {@code limit}; the process is killed past it. */
  public int exitCode(Duration limit) throws InterruptedException {
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      close();
      throw new AssertionError("did not end within " + limit + "; output: " + out() + err());
    }
    return process.exitValue();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public String out() {
    return read(out);
  }

  public String err() {
    return read(err);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /** A port free on 127.0.0.1 right now. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
