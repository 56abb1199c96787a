package io.wethodkit.conformance.runner;

/** The suite cannot judge the target (its checks are missing or cannot start): no verdict. */
public class SuiteException extends RuntimeException {
  public SuiteException(String message) {
    super(message);
  }
}
