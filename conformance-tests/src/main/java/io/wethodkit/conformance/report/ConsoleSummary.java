package io.wethodkit.conformance.report;

import io.wethodkit.conformance.catalogue.Area;
import io.wethodkit.conformance.catalogue.Catalogue;
import io.wethodkit.conformance.runner.CheckResult;
import io.wethodkit.conformance.runner.RunOutcome;
import io.wethodkit.conformance.runner.Status;
import io.wethodkit.conformance.verdict.DataHeld;
import io.wethodkit.conformance.verdict.Evidence;
import java.io.PrintStream;
import java.util.List;

/**
 * The table printed at the end of a run: verdicts per area, the failures, what the target's data
 * could not show, the overall verdict.
 */
public final class ConsoleSummary {

  private ConsoleSummary() {}

  public static void print(PrintStream out, RunOutcome outcome, Catalogue catalogue) {
    String format = "%-40s %6s %6s %13s %8s%n";
    out.println();
    out.printf(format, "Area", "PASS", "FAIL", "INCONCLUSIVE", "SKIPPED");
    for (Area area : catalogue.areas()) {
      List<CheckResult> results =
          outcome.results().stream().filter(r -> r.requirement().area().equals(area.id())).toList();
      if (!results.isEmpty()) {
        out.printf(
            format,
            area.title(),
            count(results, Status.PASS),
            count(results, Status.FAIL),
            count(results, Status.INCONCLUSIVE),
            count(results, Status.SKIPPED));
      }
    }
    out.printf(
        format,
        "Total",
        outcome.count(Status.PASS),
        outcome.count(Status.FAIL),
        outcome.count(Status.INCONCLUSIVE),
        outcome.count(Status.SKIPPED));
    List<CheckResult> failures =
        outcome.results().stream().filter(r -> r.status() == Status.FAIL).toList();
    if (!failures.isEmpty()) {
      out.println();
      out.println("Failed:");
      failures.forEach(
          r ->
              out.printf(
                  "  %-6s %s  %s%n",
                  r.requirement().level(), r.requirement().id(), r.requirement().title()));
    }
    List<CheckResult> lacking = outcome.dataLacking();
    if (!lacking.isEmpty()) {
      out.println();
      out.println("What your data could not show (INCONCLUSIVE, never PASS):");
      lacking.forEach(
          r ->
              out.printf(
                  "  %-6s %s  %s%n",
                  r.requirement().level(),
                  r.requirement().id(),
                  String.join("; ", r.lacking().stream().map(DataHeld::describe).toList())));
    }
    if (!outcome.suiteErrors().isEmpty()) {
      out.println();
      out.println(
          "Suite errors (a defect of the suite, not of the target; reported INCONCLUSIVE):");
      outcome
          .suiteErrors()
          .forEach(
              r ->
                  out.printf(
                      "  %s  %s%n",
                      r.requirement().id(),
                      r.evidence().stream().findFirst().map(Evidence::summary).orElse("")));
    }
    out.println();
    out.println(
        (outcome.mustFailed()
                ? "DOES NOT CONFORM: at least one MUST requirement failed."
                : "CONFORMS: no MUST requirement failed"
                    + (outcome.count(Status.FAIL) > 0 ? " (some SHOULD requirements did)." : "."))
            + " Data could not show: "
            + lacking.size()
            + (lacking.size() == 1 ? " check." : " checks."));
  }

  private static long count(List<CheckResult> results, Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }
}
