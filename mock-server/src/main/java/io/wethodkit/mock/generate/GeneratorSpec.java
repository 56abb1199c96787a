package io.wethodkit.mock.generate;

import io.wethodkit.mock.store.InvalidDataException;

/**
 * What to generate: {@code projects} in the first company (a twentieth of that in each other one),
 * from {@code seed}.
 */
public record GeneratorSpec(int projects, long seed) {

  /** The seed when none is given. */
  public static final long DEFAULT_SEED = 1;

  /** The most projects a spec may ask for in the first company. */
  public static final int MAX_PROJECTS = 20_000_000;

  public GeneratorSpec {
    if (projects < 0 || projects > MAX_PROJECTS) {
      throw new InvalidDataException(
          "projects", "must be between 0 and " + MAX_PROJECTS + ", not " + projects);
    }
  }

  /** Reads {@code N} or {@code N:seed}. */
  public static GeneratorSpec parse(String text) {
    String[] parts = text.trim().split(":", -1);
    if (parts.length > 2) {
      throw new InvalidDataException("generate", "must be N or N:seed, not '" + text + "'");
    }
    try {
      int projects = Integer.parseInt(parts[0]);
      long seed = parts.length == 2 ? Long.parseLong(parts[1]) : DEFAULT_SEED;
      return new GeneratorSpec(projects, seed);
    } catch (NumberFormatException e) {
      throw new InvalidDataException(
          "generate", "must be N or N:seed with whole numbers, not '" + text + "'");
    }
  }

  @Override
  public String toString() {
    return projects + ":" + seed;
  }
}
