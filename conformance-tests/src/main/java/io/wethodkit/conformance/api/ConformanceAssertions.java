package io.wethodkit.conformance.api;

import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/** JUnit assertions on a run: a failed one lists what failed, with the evidence. */
public final class ConformanceAssertions {

  private ConformanceAssertions() {}

  /** Fails the test when a MUST requirement failed, listing each one with its first evidence. */
  public static void assertConforms(ConformanceReport report) {
    if (report.conforms()) {
      return;
    }
    String failures =
        report.mustFailures().stream()
            .map(
                verdict ->
                    "  "
                        + verdict.id()
                        + ": "
                        + verdict.title()
                        + verdict.evidence().stream()
                            .findFirst()
                            .map(evidence -> "\n      " + evidence.replace("\n", "\n      "))
                            .orElse(""))
            .collect(Collectors.joining("\n"));
    throw new AssertionFailedError(
        report.target()
            + " does not conform: "
            + report.mustFailures().size()
            + " MUST requirement(s) failed\n"
            + failures
            + "\nReports: "
            + report.reportDir());
  }
}
