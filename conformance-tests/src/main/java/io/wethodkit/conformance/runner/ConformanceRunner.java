package io.wethodkit.conformance.runner;

import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.checks.RunContext;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the checks of a run, through a {@link Driver} that asks the session for each verdict (in
 * catalogue order, or as a test engine reports them), printing each verdict as it comes.
 * Per-request timeouts bound every check; an overall limit stops the run even so: past it, requests
 * are no longer sent and checks that did not finish are INCONCLUSIVE.
 */
public final class ConformanceRunner {

  private static final Duration GRACE = Duration.ofSeconds(30);

  /** What asks the session for the verdicts. */
  @FunctionalInterface
  public interface Driver {

    /**
     * Asks {@code session} for the verdicts of the checks to run.
     *
     * @return why the checks could not all be run, if they could not
     */
    Optional<String> drive(RunSession session) throws Exception;
  }

  /** Asks for every verdict in catalogue order. */
  public static final Driver IN_ORDER =
      session -> {
        for (Requirement requirement : session.catalogue().requirements()) {
          session.verdict(requirement);
        }
        return Optional.empty();
      };

  private final PrintStream console;

  public ConformanceRunner(PrintStream console) {
    this.console = console;
  }

  /** The time a whole run may take: generous, but finite whatever the target does. */
  public static Duration overallLimit(Duration requestTimeout) {
    return Duration.ofSeconds(Math.max(600, requestTimeout.toSeconds() * 120));
  }

  private static int selectedCount(RunContext context) {
    return (int)
        context.catalogue().requirements().stream().filter(r -> context.selected(r.id())).count();
  }

  public RunOutcome run(RunContext context, Duration overallLimit, Driver driver) {
    Instant startedAt = Instant.now();
    context.client().stopAfter(startedAt.plus(overallLimit));
    RunSession session =
        new RunSession(context, new ProgressPrinter(console, selectedCount(context)));
    ExecutorService executor =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "conformance-checks");
              thread.setDaemon(true);
              return thread;
            });
    String stopped = null;
    Optional<String> problem = Optional.empty();
    try {
      Future<Optional<String>> execution = executor.submit(() -> driver.drive(session));
      problem = execution.get(overallLimit.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      stopped =
          "the run's overall time limit of "
              + overallLimit.toSeconds()
              + " s passed before this check finished";
    } catch (ExecutionException e) {
      stopped = "the checks could not run: " + e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped = "the run was interrupted";
    } finally {
      executor.shutdownNow();
    }
    if (stopped == null && session.reached() == 0) {
      // Nothing ran at all: the suite itself is broken, and must not pass for a verdict.
      throw new SuiteException(
          "no check ran" + problem.map(why -> ": " + why).orElse(" (no check was found)"));
    }
    String notRun =
        stopped != null
            ? stopped
            : problem.map(why -> "the check did not run: " + why).orElse("the check did not run");
    return new RunOutcome(startedAt, session.all(notRun));
  }
}
