package io.wethodkit.drift;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The console's account of a drift run: one line per difference group, then where the report is.
 */
public final class DriftConsole {

  private DriftConsole() {}

  public static void print(PrintStream console, DriftOutcome outcome, Path reportDir) {
    console.println(
        "Drift: "
            + outcome.requests()
            + " requests (seed "
            + outcome.seed()
            + "), "
            + outcome.differences().size()
            + " difference group(s)"
            + (outcome.mustDiffered() ? ", some on a MUST requirement" : ""));
    for (Difference d : outcome.differences()) {
      console.println(
          "  "
              + d.level()
              + "  "
              + d.requirement()
              + "  "
              + d.group()
              + " ("
              + d.count()
              + "): "
              + d.request().line());
    }
    outcome.notes().forEach(note -> console.println("  note: " + note));
    console.println("Drift report: " + reportDir.resolve(DriftReports.JSON));
  }
}
