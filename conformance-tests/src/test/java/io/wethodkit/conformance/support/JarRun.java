package io.wethodkit.conformance.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A packaged jar run as users run it, {@code java -jar}, in its own JVM (this JVM's java), its
 * output kept in files of {@code dir}.
 *
 * @param exitCode what the process returned
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
public record JarRun(int exitCode, String out, String err) {

  /** Runs {@code jar} with {@code args}; fails the test if it does not end within 3 minutes. */
  public static JarRun of(Path jar, Path dir, String... args)
      throws IOException, InterruptedException {
    assertThat(jar).as("the jar is built by 'mvn package'").exists();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the jar did not finish within 3 minutes");
    }
    return new JarRun(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
