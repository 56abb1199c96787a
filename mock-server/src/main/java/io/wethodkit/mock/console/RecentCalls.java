package io.wethodkit.mock.console;

import io.wethodkit.mock.endpoint.Answer;
import io.wethodkit.mock.endpoint.CallListener;
import io.wethodkit.mock.endpoint.Refusal;
import io.wethodkit.mock.endpoint.Trace;
import io.wethodkit.mock.store.Identity;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The last calls to the list endpoint, in a fixed-size ring: recording one is a counter increment,
 * one small object and one array store, with no lock, so the endpoint's fast path does not notice
 * it. Readers may miss a call being overwritten while they read; they never see a torn one.
 */
public final class RecentCalls implements CallListener {

  /** How many calls the console keeps by default. */
  public static final int DEFAULT_CAPACITY = 200;

  private final AtomicReferenceArray<RecentCall> ring;
  private final AtomicLong last = new AtomicLong();

  public RecentCalls() {
    this(DEFAULT_CAPACITY);
  }

  public RecentCalls(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
    }
    this.ring = new AtomicReferenceArray<>(capacity);
  }

  public int capacity() {
    return ring.length();
  }

  @Override
  public void answered(Trace trace, Answer answer, long nanos) {
    long sequence = last.incrementAndGet();
    RecentCall call =
        new RecentCall(
            sequence,
            System.currentTimeMillis(),
            trace.identity().map(Identity::name).orElse(null),
            trace.request().rawQuery(),
            answer.status(),
            nanos / 1_000,
            trace.refusal().map(Refusal::cause).orElse(null));
    ring.lazySet((int) (sequence % ring.length()), call);
  }

  /** The sequence number of the latest call, 0 before the first. */
  public long lastSequence() {
    return last.get();
  }

  /** The kept calls numbered after {@code sequence}, newest first. */
  public List<RecentCall> after(long sequence) {
    long newest = last.get();
    long oldest = Math.max(sequence + 1, newest - ring.length() + 1);
    List<RecentCall> calls = new ArrayList<>();
    for (long s = newest; s >= oldest && s > 0; s--) {
      RecentCall call = ring.get((int) (s % ring.length()));
      // A slot already reused by a newer call, or not yet written, is skipped.
      if (call != null && call.sequence() == s) {
        calls.add(call);
      }
    }
    return calls;
  }
}
