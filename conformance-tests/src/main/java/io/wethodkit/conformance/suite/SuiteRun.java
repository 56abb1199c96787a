package io.wethodkit.conformance.suite;

import io.wethodkit.conformance.catalogue.Catalogue;
import io.wethodkit.conformance.checks.RunContext;
import io.wethodkit.conformance.client.TargetClient;
import io.wethodkit.conformance.config.TargetConfig;
import io.wethodkit.conformance.junit.JunitDriver;
import io.wethodkit.conformance.report.ConsoleSummary;
import io.wethodkit.conformance.report.HtmlReportWriter;
import io.wethodkit.conformance.report.JsonReportWriter;
import io.wethodkit.conformance.report.JunitXmlNames;
import io.wethodkit.conformance.report.RunInfo;
import io.wethodkit.conformance.report.RunReport;
import io.wethodkit.conformance.report.SuiteVersion;
import io.wethodkit.conformance.runner.ConformanceRunner;
import io.wethodkit.conformance.runner.RunOutcome;
import io.wethodkit.conformance.seeded.FixtureDataset;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.semantics.Semantics;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * One run of the suite against a target, start to finish: run every check (through JUnit, which
 * writes the JUnit XML), write report.json and report.html into the report folder, print the
 * summary.
 */
public final class SuiteRun {

  private final Semantics semantics;
  private final Contract contract;
  private final Catalogue catalogue;
  private final PrintStream console;

  public SuiteRun(Contract contract, Catalogue catalogue, PrintStream console) {
    this(Semantics.of(contract), catalogue, console);
  }

  /** A run that judges answers by {@code semantics} (the contract's, or a variation of them). */
  public SuiteRun(Semantics semantics, Catalogue catalogue, PrintStream console) {
    this.semantics = semantics;
    this.contract = semantics.contract();
    this.catalogue = catalogue;
    this.console = console;
  }

  public RunOutcome execute(
      TargetConfig config, Optional<FixtureDataset> fixtures, Set<String> only, Path reportDir)
      throws IOException {
    return execute(
        config, fixtures, only, reportDir, ConformanceRunner.overallLimit(config.timeout()));
  }

  public RunOutcome execute(
      TargetConfig config,
      Optional<FixtureDataset> fixtures,
      Set<String> only,
      Path reportDir,
      Duration overallLimit)
      throws IOException {
    return execute(config, fixtures, only, reportDir, overallLimit, freshSeed());
  }

  /** A new seed for the sampled requests, for a run that is given none. */
  public static long freshSeed() {
    return new SecureRandom().nextLong();
  }

  /**
   * A run whose sampled requests (the doors the permission and consistency checks try) are drawn
   * from {@code seed}: the same seed against the same data sends the same requests.
   */
  public RunOutcome execute(
      TargetConfig config,
      Optional<FixtureDataset> fixtures,
      Set<String> only,
      Path reportDir,
      Duration overallLimit,
      long seed)
      throws IOException {
    java.nio.file.Files.createDirectories(reportDir);
    console.println(
        "Checking "
            + config.baseUrl()
            + contract.path()
            + " ("
            + config.mode().configName()
            + " mode, "
            + (only.isEmpty() ? catalogue.size() : only.size())
            + " of "
            + catalogue.size()
            + " checks, seed "
            + seed
            + ")");
    RunOutcome outcome;
    int requests;
    long started = System.nanoTime();
    try (TargetClient client =
        new TargetClient(config.baseUrl(), contract.path(), config.timeout())) {
      RunContext context =
          new RunContext(config, semantics, catalogue, client, fixtures, only, seed);
      outcome =
          new ConformanceRunner(console).run(context, overallLimit, new JunitDriver(reportDir));
      requests = client.requestsSent();
    }
    long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
    RunInfo info =
        new RunInfo(
            config.baseUrl().toString(),
            contract.sha256(),
            contract.source(),
            SuiteVersion.get(),
            config.mode().configName(),
            seed,
            requests,
            millis);
    Path json = JsonReportWriter.write(RunReport.of(info, outcome), reportDir);
    Path html = HtmlReportWriter.write(info, outcome, catalogue, reportDir);
    JunitXmlNames.rewrite(reportDir.resolve(JUNIT_XML), catalogue);
    ConsoleSummary.print(console, outcome, catalogue);
    console.println(
        requests
            + " requests in "
            + String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0)
            + " s (seed "
            + seed
            + "; --seed "
            + seed
            + " sends the same sampled requests again).");
    console.println("Reports: " + json + ", " + html + ", " + reportDir.resolve(JUNIT_XML));
    return outcome;
  }

  /** The JUnit XML report, one test case per requirement. */
  public static final String JUNIT_XML = JunitDriver.XML_FILE;
}
