package io.wethodkit.conformance.checks;

import java.util.List;
import org.opentest4j.AssertionFailedError;

/** A check found the target not doing what the requirement says; it carries the evidence. */
public class CheckFailedError extends AssertionFailedError {

  private final transient List<Evidence> evidence;

  public CheckFailedError(List<Evidence> evidence) {
    super(message(evidence));
    this.evidence = List.copyOf(evidence);
    setStackTrace(new StackTraceElement[0]);
  }

  public List<Evidence> evidence() {
    return evidence;
  }

  private static String message(List<Evidence> evidence) {
    String first = evidence.isEmpty() ? "failed" : evidence.get(0).summary();
    return evidence.size() <= 1 ? first : first + " (and " + (evidence.size() - 1) + " more)";
  }
}
