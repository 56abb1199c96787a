package io.wethodkit.conformance.runner;

import io.wethodkit.conformance.catalogue.Catalogue;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.checks.CheckFailedError;
import io.wethodkit.conformance.checks.Evidence;
import io.wethodkit.conformance.checks.NotSelectedException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Turns JUnit outcomes into verdicts: successful is PASS, failed is FAIL, aborted is INCONCLUSIVE
 * (or SKIPPED when the check was not selected). A check that stops on an unexpected exception is a
 * defect of the suite, not of the target: it is INCONCLUSIVE, never FAIL.
 */
final class ResultCollector implements TestExecutionListener {

  private final Catalogue catalogue;
  private final Consumer<CheckResult> onResult;
  private final Map<String, CheckResult> results = new ConcurrentHashMap<>();
  private final Map<String, Long> started = new ConcurrentHashMap<>();
  private volatile String containerFailure;

  ResultCollector(Catalogue catalogue, Consumer<CheckResult> onResult) {
    this.catalogue = catalogue;
    this.onResult = onResult;
  }

  @Override
  public void executionStarted(TestIdentifier test) {
    if (test.isTest()) {
      started.put(test.getUniqueId(), System.nanoTime());
    }
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult outcome) {
    if (!test.isTest()) {
      if (outcome.getStatus() == TestExecutionResult.Status.FAILED && containerFailure == null) {
        containerFailure = outcome.getThrowable().map(ResultCollector::describe).orElse("unknown");
      }
      return;
    }
    Optional<Requirement> requirement = catalogue.find(test.getDisplayName());
    if (requirement.isEmpty()) {
      return;
    }
    long millis =
        (System.nanoTime() - started.getOrDefault(test.getUniqueId(), System.nanoTime()))
            / 1_000_000;
    CheckResult result = toResult(requirement.get(), outcome, millis);
    results.put(requirement.get().id(), result);
    onResult.accept(result);
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    catalogue
        .find(test.getDisplayName())
        .ifPresent(
            requirement -> {
              CheckResult result =
                  new CheckResult(requirement, Status.SKIPPED, List.of(Evidence.note(reason)), 0);
              results.put(requirement.id(), result);
              onResult.accept(result);
            });
  }

  static CheckResult toResult(Requirement requirement, TestExecutionResult outcome, long millis) {
    Throwable error = outcome.getThrowable().orElse(null);
    return switch (outcome.getStatus()) {
      case SUCCESSFUL -> new CheckResult(requirement, Status.PASS, List.of(), millis);
      case ABORTED ->
          error instanceof NotSelectedException
              ? new CheckResult(
                  requirement, Status.SKIPPED, List.of(Evidence.note(error.getMessage())), millis)
              : new CheckResult(
                  requirement, Status.INCONCLUSIVE, List.of(Evidence.note(reason(error))), millis);
      case FAILED -> {
        if (error instanceof CheckFailedError failed) {
          yield new CheckResult(requirement, Status.FAIL, failed.evidence(), millis);
        }
        if (error instanceof AssertionFailedError assertion) {
          yield new CheckResult(
              requirement, Status.FAIL, List.of(Evidence.expected(assertion.getMessage())), millis);
        }
        yield new CheckResult(
            requirement,
            Status.INCONCLUSIVE,
            List.of(Evidence.note("suite error, not the target's fault: " + describe(error))),
            millis,
            true);
      }
    };
  }

  private static String reason(Throwable error) {
    if (error instanceof TestAbortedException && error.getMessage() != null) {
      return error.getMessage();
    }
    return error == null ? "aborted" : describe(error);
  }

  private static String describe(Throwable error) {
    if (error == null) {
      return "unknown";
    }
    String message = error.getMessage();
    return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /** Why the checks could not be set up, if they could not. */
  Optional<String> containerFailure() {
    return Optional.ofNullable(containerFailure);
  }

  /** How many checks reported a verdict. */
  int reported() {
    return results.size();
  }

  Optional<CheckResult> result(String id) {
    return Optional.ofNullable(results.get(id));
  }
}
