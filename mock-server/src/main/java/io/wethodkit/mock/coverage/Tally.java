package io.wethodkit.mock.coverage;

import io.wethodkit.mock.client.Coverage;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * The counts since one moment: per behaviour, the calls that met it (a {@link LongAdder}, which
 * serving threads increment without contending) and the first of them, stored once.
 */
final class Tally {

  private final Instant since;
  private final LongAdder[] calls;
  private final AtomicReferenceArray<Coverage.Example> examples;

  Tally(int behaviours, Instant since) {
    this.since = since;
    this.calls = new LongAdder[behaviours];
    for (int i = 0; i < behaviours; i++) {
      calls[i] = new LongAdder();
    }
    this.examples = new AtomicReferenceArray<>(behaviours);
  }

  Instant since() {
    return since;
  }

  void count(int index) {
    calls[index].increment();
  }

  /** Whether behaviour {@code index} has its example yet. */
  boolean hasExample(int index) {
    return examples.get(index) != null;
  }

  /** Keeps {@code example} unless another call got there first. */
  void offerExample(int index, Coverage.Example example) {
    examples.compareAndSet(index, null, example);
  }

  long calls(int index) {
    return calls[index].sum();
  }

  /**
   * The example of behaviour {@code index}, or null. A behaviour is covered once it has one: a call
   * counts before it offers its example, so a covered behaviour's count is never 0.
   */
  Coverage.Example example(int index) {
    return examples.get(index);
  }
}
