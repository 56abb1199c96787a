package io.wethodkit.mock.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The mock's clock: real time, or a fixed instant set through the admin API so that the {@code
 * updated_at} and {@code deleted_at} that mutations stamp are predictable.
 */
public final class MockClock {

  /** The form of the fixtures' timestamps: UTC with milliseconds, e.g. 2024-06-30T21:58:00.000Z. */
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final Clock system;
  private final AtomicReference<Instant> fixed = new AtomicReference<>();

  public MockClock() {
    this(Clock.systemUTC());
  }

  public MockClock(Clock system) {
    this.system = system;
  }

  public Instant now() {
    Instant instant = fixed.get();
    return instant != null ? instant : system.instant();
  }

  /** The current instant as the fixtures write timestamps. */
  public String stamp() {
    return STAMP.format(now());
  }

  public void fix(Instant instant) {
    fixed.set(instant);
  }

  public void useRealTime() {
    fixed.set(null);
  }

  /** The fixed instant, empty when the clock follows real time. */
  public Optional<Instant> fixedInstant() {
    return Optional.ofNullable(fixed.get());
  }
}
