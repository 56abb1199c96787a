package io.wethodkit.conformance.seeded;

/** The bundled fixtures are missing or cannot be read. */
public class FixtureException extends RuntimeException {
  public FixtureException(String message, Throwable cause) {
    super(message, cause);
  }
}
