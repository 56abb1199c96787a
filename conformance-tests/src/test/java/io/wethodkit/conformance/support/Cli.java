package io.wethodkit.conformance.support;

import io.wethodkit.conformance.cli.ConformanceCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in-process, as a CI job would run the jar. */
public final class Cli {

  /** What a run printed and returned. */
  public record Result(int exitCode, String out, String err, long millis) {}

  private Cli() {}

  public static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long started = System.nanoTime();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = ConformanceCommand.execute(args, o, e);
    }
    return new Result(
        code,
        out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8),
        (System.nanoTime() - started) / 1_000_000);
  }

  /** A config file for the mock holding the bundled fixtures. */
  public static Path config(Path dir, String baseUrl, String mode, int timeoutSeconds) {
    String yaml =
        """
        baseUrl: %s
        company: acme
        version: "2024-06-15"
        mode: %s
        timeoutSeconds: %d
        identities:
          view:      { token: "tok-view", personId: 11 }
          viewOther: { token: "tok-viewOther", personId: 12 }
          both:      { token: "tok-both", personId: 13 }
          none:      { token: "tok-none", personId: 14 }
        foreignCompany: globex
        foreignToken: tok-multi
        revokedToken: tok-revoked
        """
            .formatted(baseUrl, mode, timeoutSeconds);
    return write(dir.resolve("target.yaml"), yaml);
  }

  public static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
