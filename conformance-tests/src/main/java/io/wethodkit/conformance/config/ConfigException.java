package io.wethodkit.conformance.config;

/** The configuration cannot be used; the message is one line that says why. */
public class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
