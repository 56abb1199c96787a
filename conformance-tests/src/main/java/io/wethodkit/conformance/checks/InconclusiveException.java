package io.wethodkit.conformance.checks;

import org.opentest4j.TestAbortedException;

/** The target's data or configuration could not exercise the behaviour: neither pass nor fail. */
public class InconclusiveException extends TestAbortedException {

  public InconclusiveException(String reason) {
    super(reason);
    setStackTrace(new StackTraceElement[0]);
  }

  /** Stops the check as INCONCLUSIVE. */
  public static InconclusiveException inconclusive(String reason) {
    return new InconclusiveException(reason);
  }
}
