package io.wethodkit.conformance.runner;

import io.wethodkit.conformance.catalogue.Catalogue;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.checks.RunContext;
import io.wethodkit.conformance.verdict.CheckOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The verdicts of one run as they come: each requirement's check runs once, when its verdict is
 * first asked for, and every verdict is passed on (to the progress printer) as it is reached. A
 * check that stops on an exception of its own is a defect of the suite, not of the target: its
 * verdict is INCONCLUSIVE, never FAIL.
 */
public final class RunSession {

  private final RunContext context;
  private final Consumer<CheckResult> onResult;
  private final Map<String, CheckResult> results = new ConcurrentHashMap<>();

  RunSession(RunContext context, Consumer<CheckResult> onResult) {
    this.context = context;
    this.onResult = onResult;
  }

  public Catalogue catalogue() {
    return context.catalogue();
  }

  /** The verdict on {@code requirement}, its check run now if it has not run yet. */
  public CheckResult verdict(Requirement requirement) {
    CheckResult known = results.get(requirement.id());
    if (known != null) {
      return known;
    }
    long started = System.nanoTime();
    CheckOutcome outcome;
    try {
      outcome = context.verdict(requirement);
    } catch (RuntimeException | AssertionError | LinkageError error) {
      outcome = CheckOutcome.Inconclusive.suiteError(error);
    }
    CheckResult result =
        new CheckResult(
            requirement,
            outcome,
            (System.nanoTime() - started) / 1_000_000,
            context.dataHeld(requirement.id()));
    results.put(requirement.id(), result);
    onResult.accept(result);
    return result;
  }

  /** How many verdicts were reached. */
  int reached() {
    return results.size();
  }

  /**
   * Every verdict in catalogue order; a requirement whose check did not run is INCONCLUSIVE for
   * {@code notRun}, or SKIPPED when {@code --only} left it out.
   */
  List<CheckResult> all(String notRun) {
    List<CheckResult> all = new ArrayList<>();
    for (Requirement requirement : context.catalogue().requirements()) {
      CheckResult result = results.get(requirement.id());
      if (result == null) {
        result =
            new CheckResult(
                requirement,
                context.selected(requirement.id())
                    ? CheckOutcome.Inconclusive.notRun(notRun)
                    : CheckOutcome.Skipped.NOT_SELECTED,
                0);
      }
      all.add(result);
    }
    return all;
  }
}
