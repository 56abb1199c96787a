package io.wethodkit.drift;

import io.wethodkit.conformance.catalogue.Level;
import java.util.List;

/**
 * What a drift run found.
 *
 * @param seed the seed the requests were generated from
 * @param requests how many generated requests were compared
 * @param projects how many projects the target's whole list held
 * @param orderKnown whether the target's order is the mock's on the whole list
 * @param dataChanged whether the target's list changed during the run (differences not blamed)
 * @param notes what the reader should know: why the run stopped early, a changing list
 * @param differences one per group
 */
public record DriftOutcome(
    long seed,
    int requests,
    int projects,
    boolean orderKnown,
    boolean dataChanged,
    List<String> notes,
    List<Difference> differences) {

  public DriftOutcome {
    notes = List.copyOf(notes);
    differences = List.copyOf(differences);
  }

  /** Whether a difference concerns a MUST requirement on data that held still. */
  public boolean mustDiffered() {
    return !dataChanged && differences.stream().anyMatch(d -> d.level() == Level.MUST);
  }
}
