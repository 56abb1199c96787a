package io.wethodkit.conformance.api;

import io.wethodkit.conformance.catalogue.Catalogue;
import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.runner.ConformanceRunner;
import io.wethodkit.conformance.runner.RunOutcome;
import io.wethodkit.conformance.runner.SuiteException;
import io.wethodkit.conformance.runner.TargetReachability;
import io.wethodkit.conformance.seeded.FixtureDataset;
import io.wethodkit.conformance.seeded.FixtureException;
import io.wethodkit.conformance.suite.SuiteRun;
import io.wethodkit.contract.Contract;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The conformance suite as a library: what the command line does, for a JUnit test or any JVM
 * program.
 *
 * <pre>{@code
 * ConformanceReport report = ConformanceSuite.create()
 *     .reportDir(Path.of("target/conformance"))
 *     .run(ConformanceTarget.seeded(baseUrl));
 * ConformanceAssertions.assertConforms(report);
 * }</pre>
 */
public final class ConformanceSuite {

  private final Contract contract = Contract.bundled();
  private final Catalogue catalogue = Catalogue.load(contract);
  private final Set<String> only = new LinkedHashSet<>();
  private PrintStream console = new PrintStream(OutputStream.nullOutputStream());
  private Path reportDir;
  private Long seed;

  private ConformanceSuite() {}

  public static ConformanceSuite create() {
    return new ConformanceSuite();
  }

  /** Runs only these requirements; the others are SKIPPED. An unknown id is refused. */
  public ConformanceSuite only(String... ids) {
    for (String id : ids) {
      if (catalogue.find(id).isEmpty()) {
        throw new ConformanceException("unknown requirement id '" + id + "'", null);
      }
      only.add(id);
    }
    return this;
  }

  /** Where the progress and the summary go; default nowhere. */
  public ConformanceSuite console(PrintStream out) {
    this.console = out;
    return this;
  }

  /** Where the three reports go; default a new temporary folder. */
  public ConformanceSuite reportDir(Path dir) {
    this.reportDir = dir;
    return this;
  }

  /**
   * The seed of the sampled requests (the doors the permission and consistency checks try): the
   * same seed against the same data sends the same requests. Default: a new one per run, printed
   * and written in the reports.
   */
  public ConformanceSuite seed(long value) {
    this.seed = value;
    return this;
  }

  /**
   * Runs every selected check against the target and writes the reports. Throws {@link
   * ConformanceException} when the suite cannot run (the target refuses connections, the fixtures
   * or the reports fail); a target that answers wrongly is a report with failures instead.
   */
  public ConformanceReport run(ConformanceTarget target) {
    Optional<String> unreachable =
        TargetReachability.problem(target.baseUrl(), target.config().timeout());
    if (unreachable.isPresent()) {
      throw new ConformanceException(
          "cannot reach the target at " + target.baseUrl() + ": " + unreachable.get(), null);
    }
    try {
      Path dir = reportDir != null ? reportDir : Files.createTempDirectory("conformance");
      Optional<FixtureDataset> fixtures =
          target.mode() == Mode.SEEDED ? Optional.of(FixtureDataset.bundled()) : Optional.empty();
      RunOutcome outcome =
          new SuiteRun(contract, catalogue, console)
              .execute(
                  target.config(),
                  fixtures,
                  Set.copyOf(only),
                  dir,
                  ConformanceRunner.overallLimit(target.config().timeout()),
                  seed != null ? seed : SuiteRun.freshSeed());
      return new ConformanceReport(target.baseUrl(), outcome, dir);
    } catch (IOException e) {
      throw new ConformanceException("cannot write the reports: " + e.getMessage(), e);
    } catch (FixtureException | SuiteException e) {
      throw new ConformanceException(e.getMessage(), e);
    }
  }
}
