package io.wethodkit.mock;

/** The mock server cannot start (e.g. its port is in use); the message says why in one line. */
public class MockStartException extends RuntimeException {
  public MockStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
