package io.wethodkit.conformance.checks;

import org.opentest4j.TestAbortedException;

/** The check was left out of this run ({@code --only}). */
public class NotSelectedException extends TestAbortedException {

  public NotSelectedException() {
    super("not selected by --only");
    setStackTrace(new StackTraceElement[0]);
  }
}
