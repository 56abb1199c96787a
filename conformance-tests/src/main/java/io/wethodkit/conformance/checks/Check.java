package io.wethodkit.conformance.checks;

import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.verdict.CheckOutcome;

/** Verifies one requirement against the target: its outcome is returned, never thrown. */
@FunctionalInterface
public interface Check {

  CheckOutcome verify(RunContext context, Requirement requirement);

  /** The steps of a check, which record what they find as they go. */
  @FunctionalInterface
  interface Steps {
    void run(RunContext context, Requirement requirement, Recorder recorder);
  }

  /**
   * A check made of {@code steps}: its outcome is what they recorded. A request the steps needed to
   * succeed that did not fails it with that exchange as evidence; a requirement they rest on that
   * failed makes it INCONCLUSIVE, naming that requirement. What the data held of what the steps
   * needed is noted in the run's context, for the reports.
   */
  static Check of(Steps steps) {
    return (context, requirement) -> {
      Recorder recorder = new Recorder();
      try {
        steps.run(context, requirement, recorder);
      } catch (TargetMisbehaved misbehaved) {
        recorder.fail(misbehaved.evidence());
      } catch (Blocked blocked) {
        return blocked.outcome();
      } finally {
        context.noteData(requirement.id(), recorder.data());
      }
      return recorder.conclude(requirement.id());
    };
  }
}
