package io.wethodkit.conformance.runner;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.checks.Evidence;
import io.wethodkit.conformance.checks.RunContext;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * Runs the checks through the JUnit Platform Launcher: they are discovered in the package {@value
 * #CHECKS_PACKAGE}, handed the run by a JUnit extension, and reported as they finish (progress on
 * the console, JUnit XML in the report folder). Per-request timeouts bound every check; an overall
 * limit stops the run even so: past it, requests are no longer sent and checks that did not finish
 * are INCONCLUSIVE.
 */
public final class ConformanceRunner {

  /** Where the JUnit form of the checks lives. */
  public static final String CHECKS_PACKAGE = "io.wethodkit.conformance.checks.junit";

  private static final Duration GRACE = Duration.ofSeconds(30);

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

  public RunOutcome run(RunContext context, Path reportDir, Duration overallLimit) {
    Instant startedAt = Instant.now();
    context.client().stopAfter(startedAt.plus(overallLimit));
    String id = RunRegistry.register(context);
    ResultCollector collector =
        new ResultCollector(
            context.catalogue(), new ProgressPrinter(console, selectedCount(context)));
    StringWriter xmlProblems = new StringWriter();
    TestExecutionListener xml =
        new LegacyXmlReportGeneratingListener(reportDir, new PrintWriter(xmlProblems));
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectPackage(CHECKS_PACKAGE))
            .filters(
                includeClassNamePatterns(".*Checks$"), EngineFilter.includeEngines("junit-jupiter"))
            .configurationParameter(RunRegistry.RUN_PARAMETER, id)
            .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
            .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
            .build();
    Launcher launcher =
        LauncherFactory.create(
            LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .build());
    ExecutorService executor =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "conformance-checks");
              thread.setDaemon(true);
              return thread;
            });
    String stopped = null;
    try {
      Future<?> execution = executor.submit(() -> launcher.execute(request, collector, xml));
      execution.get(overallLimit.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
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
      RunRegistry.unregister(id);
    }
    if (stopped == null && collector.reported() == 0) {
      // Nothing ran at all: the suite itself is broken, and must not pass for a verdict.
      throw new SuiteException(
          "no check ran"
              + collector
                  .containerFailure()
                  .map(problem -> ": " + problem)
                  .orElse(" (are the checks of " + CHECKS_PACKAGE + " in the jar?)"));
    }
    String notRun =
        stopped != null
            ? stopped
            : collector
                .containerFailure()
                .map(p -> "the check did not run: " + p)
                .orElse("the check did not run");
    List<CheckResult> results = new ArrayList<>();
    for (Requirement requirement : context.catalogue().requirements()) {
      String reason = notRun;
      results.add(
          collector
              .result(requirement.id())
              .orElseGet(
                  () ->
                      new CheckResult(
                          requirement,
                          context.selected(requirement.id()) ? Status.INCONCLUSIVE : Status.SKIPPED,
                          List.of(
                              Evidence.note(
                                  context.selected(requirement.id())
                                      ? reason
                                      : "not selected by --only")),
                          0)));
    }
    return new RunOutcome(startedAt, results);
  }
}
