package io.wethodkit.drift;

import io.wethodkit.conformance.cli.DriftComparison;
import java.io.IOException;

/**
 * Drift as the conformance command line runs it ({@code --drift N [--seed S]}): the run, its
 * reports in the report folder and its summary on the console.
 */
public final class MockDrift implements DriftComparison {

  @Override
  public boolean compare(Run run) throws IOException {
    DriftOutcome found =
        new DriftRun(run.contract(), run.catalogue(), run.console())
            .execute(run.target(), new DriftSettings(run.requests(), run.seed()));
    DriftReports.write(found, run.reportDir());
    DriftConsole.print(run.console(), found, run.reportDir());
    return found.mustDiffered();
  }
}
