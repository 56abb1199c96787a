package io.wethodkit.mock.store;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * The mock's state: the current {@link Dataset} behind an atomic reference. Readers take one
 * snapshot per request and see it whole; writers copy, change and swap under a lock, so a failed
 * change (an exception) leaves the state as it was.
 */
public final class MockState {

  private final Dataset loaded;
  private final Optional<java.time.Instant> loadedClock;
  private final AtomicReference<Dataset> current;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final MockClock clock;
  private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

  public MockState(Dataset loaded, MockClock clock) {
    this.loaded = loaded;
    this.clock = clock;
    this.loadedClock = clock.fixedInstant();
    this.current = new AtomicReference<>(loaded);
  }

  /** The dataset as it is now: one consistent snapshot. */
  public Dataset snapshot() {
    return current.get();
  }

  /** The dataset loaded at start (what {@link #reset()} restores). */
  public Dataset loaded() {
    return loaded;
  }

  public MockClock clock() {
    return clock;
  }

  /**
   * Runs {@code listener} after every change of the current dataset (a write, a replacement, a
   * reset), on the writer's thread, with the new dataset already current.
   */
  public void onChange(Runnable listener) {
    changeListeners.add(listener);
  }

  private void changed() {
    for (Runnable listener : changeListeners) {
      listener.run();
    }
  }

  /**
   * Applies {@code change} to the current dataset and makes its result current, atomically with
   * respect to other writers. If {@code change} throws, nothing changes.
   *
   * @return the new dataset
   */
  public Dataset update(UnaryOperator<Dataset> change) {
    writeLock.lock();
    try {
      Dataset next = change.apply(current.get());
      current.set(next);
      changed();
      return next;
    } finally {
      writeLock.unlock();
    }
  }

  /** Replaces the whole dataset. */
  public void replace(Dataset dataset) {
    update(ignored -> dataset);
  }

  /** Back to the loaded fixtures and the clock as it was at start. */
  public void reset() {
    writeLock.lock();
    try {
      current.set(loaded);
      loadedClock.ifPresentOrElse(clock::fix, clock::useRealTime);
      changed();
    } finally {
      writeLock.unlock();
    }
  }
}
