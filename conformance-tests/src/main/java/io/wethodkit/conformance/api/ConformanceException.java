package io.wethodkit.conformance.api;

/**
 * The suite could not run: a bad config, an unreachable target, reports that cannot be written. The
 * message is one line saying why (the command line's exit code 2).
 */
public final class ConformanceException extends RuntimeException {
  public ConformanceException(String message, Throwable cause) {
    super(message, cause);
  }
}
