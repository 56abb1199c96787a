package io.wethodkit.conformance.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.wethodkit.conformance.runner.ConformanceRunner;
import io.wethodkit.conformance.runner.RunSession;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * Drives a run through the JUnit Platform Launcher, so that CI dashboards get JUnit XML: each
 * requirement is a dynamic test ({@link RequirementTests}) that asks the run for its verdict and
 * ends as the verdict says. The verdicts themselves are the run's; JUnit only reports them.
 */
public final class JunitDriver implements ConformanceRunner.Driver {

  /** The launcher configuration parameter that names the run. */
  static final String RUN_PARAMETER = "io.wethodkit.conformance.run";

  /** The file the legacy XML listener writes. */
  public static final String XML_FILE = "TEST-junit-jupiter.xml";

  private static final Map<String, RunSession> RUNS = new ConcurrentHashMap<>();

  private final Path reportDir;

  /** Writes the JUnit XML into {@code reportDir}. */
  public JunitDriver(Path reportDir) {
    this.reportDir = reportDir;
  }

  static Optional<RunSession> session(String id) {
    return Optional.ofNullable(RUNS.get(id));
  }

  @Override
  public Optional<String> drive(RunSession session) {
    String id = UUID.randomUUID().toString();
    RUNS.put(id, session);
    try {
      ContainerFailure containers = new ContainerFailure();
      StringWriter xmlProblems = new StringWriter();
      TestExecutionListener xml =
          new LegacyXmlReportGeneratingListener(reportDir, new PrintWriter(xmlProblems));
      LauncherDiscoveryRequest request =
          LauncherDiscoveryRequestBuilder.request()
              .selectors(selectClass(RequirementTests.class))
              .filters(EngineFilter.includeEngines("junit-jupiter"))
              .configurationParameter(RUN_PARAMETER, id)
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
      launcher.execute(request, containers, xml);
      return containers.first();
    } finally {
      RUNS.remove(id);
    }
  }

  /** Why the requirement tests could not be set up, if they could not. */
  private static final class ContainerFailure implements TestExecutionListener {

    private volatile String first;

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult outcome) {
      if (!test.isTest()
          && outcome.getStatus() == TestExecutionResult.Status.FAILED
          && first == null) {
        first = outcome.getThrowable().map(ContainerFailure::describe).orElse("unknown");
      }
    }

    private static String describe(Throwable error) {
      String message = error.getMessage();
      return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    Optional<String> first() {
      return Optional.ofNullable(first);
    }
  }
}
