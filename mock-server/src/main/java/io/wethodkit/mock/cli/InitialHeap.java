package io.wethodkit.mock.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The child JVM's initial heap when the mock's arguments name a large dataset ({@code --fixtures
 * DIR}, {@code --generate N}, or their environment variables): a heap that starts at a few
 * megabytes grows in small steps, each a full collection of everything loaded so far, which
 * measured a tenth of the time to load a million projects. Only the pages the data fills count in
 * the process's memory, so a heap sized for the data costs nothing more.
 */
final class InitialHeap {

  /** The launcher's own start heap, below which no dataset asks for more. */
  static final long DEFAULT_MB = 24;

  /** The young generation (the launcher caps it at this), allocated first in any heap. */
  static final long YOUNG_MB = 64;

  /**
   * Heap per byte of projects files, measured: a million projects (574 MB of files) hold 316 MB
   * once loaded; a tenth more for what the load promotes and drops.
   */
  static final double HEAP_PER_FILE_BYTE = 0.6;

  /** Heap per generated project, measured: a million (and the other companies') hold 300 MB. */
  static final long HEAP_PER_GENERATED_PROJECT = 330;

  private static final long MB = 1 << 20;

  private InitialHeap() {}

  /**
   * The initial heap in megabytes for the dataset that {@code args} (or {@code env}, the
   * environment) name, when it needs more than the default; empty otherwise (no dataset named, a
   * small one, or one that cannot be read: the mock reports that itself).
   */
  static OptionalLong megabytes(List<String> args, Map<String, String> env) {
    long bytes = 0;
    String generate = option(args, "--generate", env.get("WETHOD_MOCK_GENERATE"));
    String fixtures = option(args, "--fixtures", env.get("WETHOD_MOCK_FIXTURES"));
    if (generate != null) {
      try {
        long projects = Long.parseLong(generate.split(":", 2)[0].trim());
        bytes = projects * HEAP_PER_GENERATED_PROJECT;
      } catch (NumberFormatException e) {
        return OptionalLong.empty();
      }
    } else if (fixtures != null) {
      bytes = (long) (projectFileBytes(Path.of(fixtures)) * HEAP_PER_FILE_BYTE);
    }
    long megabytes = YOUNG_MB + bytes / MB;
    return megabytes > YOUNG_MB + DEFAULT_MB ? OptionalLong.of(megabytes) : OptionalLong.empty();
  }

  /** The value of {@code --name VALUE} or {@code --name=VALUE} (the last one), else {@code env}. */
  private static String option(List<String> args, String name, String env) {
    String value = env == null || env.isBlank() ? null : env;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals(name) && i + 1 < args.size()) {
        value = args.get(++i);
      } else if (arg.startsWith(name + "=")) {
        value = arg.substring(name.length() + 1);
      }
    }
    return value;
  }

  private static long projectFileBytes(Path dir) {
    long total = 0;
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(dir.resolve("projects"), "*.json")) {
      for (Path file : files) {
        total += Files.size(file);
      }
    } catch (IOException | RuntimeException unreadable) {
      return 0;
    }
    return total;
  }
}
