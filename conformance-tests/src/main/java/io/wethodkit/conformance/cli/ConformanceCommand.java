package io.wethodkit.conformance.cli;

import io.wethodkit.conformance.catalogue.Catalogue;
import io.wethodkit.conformance.config.ConfigException;
import io.wethodkit.conformance.config.ConfigLoader;
import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.config.TargetConfig;
import io.wethodkit.conformance.report.SuiteVersion;
import io.wethodkit.conformance.runner.ConformanceRunner;
import io.wethodkit.conformance.runner.RunOutcome;
import io.wethodkit.conformance.runner.SuiteException;
import io.wethodkit.conformance.runner.TargetReachability;
import io.wethodkit.conformance.seeded.FixtureDataset;
import io.wethodkit.conformance.seeded.FixtureException;
import io.wethodkit.conformance.suite.SuiteRun;
import io.wethodkit.contract.Contract;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code java -jar wethod-projects-conformance.jar --config target.yaml
 * [--base-url URL] [--report-dir DIR] [--only ID,ID...] [--seed S] [--drift N]}. Exit 0 when no
 * MUST check failed, 1 when one did, 2 for a bad config or an unreachable target (one line on
 * stderr). {@code --drift} runs the {@link DriftComparison} a jar on the classpath provides (the
 * drift jar does; this module's jar does not, and says so).
 */
@Command(
    name = "wethod-projects-conformance",
    mixinStandardHelpOptions = true,
    versionProvider = ConformanceCommand.Version.class,
    description = "Certifies an implementation of GET /api/projects against the kit's contract.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no MUST requirement failed",
      "1:a MUST requirement failed",
      "2:bad config, bad arguments or unreachable target"
    })
public final class ConformanceCommand implements Callable<Integer> {

  static final int CONFORMS = 0;
  static final int DOES_NOT_CONFORM = 1;
  static final int CANNOT_RUN = 2;

  /** The {@code --only} value that runs the drift comparison alone. */
  static final String DRIFT_ONLY = "drift";

  @Option(
      names = "--config",
      required = true,
      paramLabel = "FILE",
      description = "The target's config file (YAML).")
  Path config;

  @Option(names = "--base-url", paramLabel = "URL", description = "Overrides the config's baseUrl.")
  String baseUrl;

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      defaultValue = "target/conformance",
      description =
          "Where report.json, report.html and the JUnit XML go (default: ${DEFAULT-VALUE}).")
  Path reportDir;

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "ID",
      description =
          "Runs only these requirement ids; the others are SKIPPED. 'drift' alone runs the drift"
              + " comparison instead of the checks.")
  List<String> only;

  @Option(
      names = "--drift",
      paramLabel = "N",
      description =
          "After the checks, sends N generated requests to the target and to the kit's mock"
              + " loaded with the target's data, and reports every difference (drift.json). Needs"
              + " "
              + DriftComparison.JAR
              + ", which holds the mock.")
  Integer drift;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description =
          "The seed of the sampled requests: the doors the permission and consistency checks try,"
              + " and drift's requests (default: a new one, printed and reported).")
  Long seed;

  private PrintStream out = System.out;
  private PrintStream err = System.err;

  public static void main(String[] args) {
    System.exit(execute(args, System.out, System.err));
  }

  /** Runs the command and returns its exit code (for tests and embedding). */
  public static int execute(String[] args, PrintStream out, PrintStream err) {
    ConformanceCommand command = new ConformanceCommand();
    command.out = out;
    command.err = err;
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setParameterExceptionHandler(
        (problem, arguments) -> {
          err.println("error: " + problem.getMessage() + " (see --help)");
          return CANNOT_RUN;
        });
    commandLine.setExecutionExceptionHandler(
        (problem, line, parsed) -> {
          err.println("error: the suite could not run: " + problem);
          return CANNOT_RUN;
        });
    return commandLine.execute(args);
  }

  @Override
  public Integer call() {
    try {
      Contract contract = Contract.bundled();
      Catalogue catalogue = Catalogue.load(contract);
      Set<String> selection = selection(catalogue);
      boolean driftOnly = driftOnly();
      Optional<DriftComparison> comparison =
          drift == null ? Optional.empty() : DriftComparison.installed();
      if (drift != null && comparison.isEmpty()) {
        err.println(
            "error: --drift compares the target with the kit's mock, which this jar does not"
                + " hold: run "
                + DriftComparison.JAR
                + " (module drift) with the same options");
        return CANNOT_RUN;
      }
      TargetConfig target =
          new ConfigLoader(contract, FixtureDataset::bundled)
              .load(config, Optional.ofNullable(baseUrl));
      Optional<FixtureDataset> fixtures =
          target.mode() == Mode.SEEDED ? Optional.of(FixtureDataset.bundled()) : Optional.empty();
      Optional<String> unreachable = TargetReachability.problem(target.baseUrl(), target.timeout());
      if (unreachable.isPresent()) {
        err.println(
            "error: cannot reach the target at " + target.baseUrl() + ": " + unreachable.get());
        return CANNOT_RUN;
      }
      boolean failed = false;
      long runSeed = seed != null ? seed : SuiteRun.freshSeed();
      if (!driftOnly) {
        RunOutcome outcome =
            new SuiteRun(contract, catalogue, out)
                .execute(
                    target,
                    fixtures,
                    selection,
                    reportDir,
                    ConformanceRunner.overallLimit(target.timeout()),
                    runSeed);
        failed = outcome.mustFailed();
      }
      if (comparison.isPresent()) {
        failed |=
            comparison
                .get()
                .compare(
                    new DriftComparison.Run(
                        contract, catalogue, target, drift, runSeed, reportDir, out));
      }
      return failed ? DOES_NOT_CONFORM : CONFORMS;
    } catch (ConfigException | FixtureException | SuiteException e) {
      err.println("error: " + e.getMessage());
      return CANNOT_RUN;
    } catch (IOException e) {
      err.println("error: cannot write the reports to " + reportDir + ": " + e.getMessage());
      return CANNOT_RUN;
    }
  }

  /** Whether {@code --only drift} asks for the drift comparison instead of the checks. */
  private boolean driftOnly() {
    boolean asked = only != null && only.stream().anyMatch(id -> id.trim().equals(DRIFT_ONLY));
    if (asked && drift == null) {
      throw new ConfigException("--only " + DRIFT_ONLY + " needs --drift N");
    }
    return asked;
  }

  private Set<String> selection(Catalogue catalogue) {
    Set<String> ids = new LinkedHashSet<>();
    if (only == null) {
      return ids;
    }
    for (String id : only) {
      String trimmed = id.trim();
      if (trimmed.isEmpty() || trimmed.equals(DRIFT_ONLY)) {
        continue;
      }
      if (catalogue.find(trimmed).isEmpty()) {
        throw new ConfigException(
            "--only names an unknown requirement id '"
                + trimmed
                + "' (see the requirements table in the README)");
      }
      ids.add(trimmed);
    }
    return ids;
  }

  /** The suite's version for {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"wethod-projects-conformance " + SuiteVersion.get()};
    }
  }
}
