package io.wethodkit.mock.http;

import com.github.tomakehurst.wiremock.extension.GlobalSettingsListener;
import com.github.tomakehurst.wiremock.global.GlobalSettings;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Whether WireMock's global settings ({@code /__admin/settings}) delay every answer, with a {@code
 * fixedDelay} or a {@code delayDistribution}. Watched through settings events so that a request
 * pays two volatile reads: an event only counts a change, and the next request that sees an
 * uncounted change reads the settings WireMock holds, so updates racing each other still end on the
 * settings in force.
 */
public final class GlobalDelays implements GlobalSettingsListener {

  public static final String NAME = "wethod-projects-global-delays";

  private record Known(long changes, boolean delayed) {}

  private final AtomicLong changes = new AtomicLong();
  private volatile Supplier<GlobalSettings> source = GlobalSettings::defaults;
  private volatile Known known = new Known(-1, false);

  @Override
  public String getName() {
    return NAME;
  }

  /** Where the settings in force are read from (the running WireMock server). */
  public void readFrom(Supplier<GlobalSettings> settingsSource) {
    this.source = settingsSource;
    changes.incrementAndGet();
  }

  /** Whether the global settings add a delay to every answer. */
  public boolean active() {
    long seen = changes.get();
    Known cached = known;
    if (cached.changes() == seen) {
      return cached.delayed();
    }
    // Read after the count: every update counted so far is in what WireMock returns.
    boolean delayed = delays(source.get());
    known = new Known(seen, delayed);
    return delayed;
  }

  static boolean delays(GlobalSettings settings) {
    return settings != null
        && (settings.getFixedDelay() != null || settings.getDelayDistribution() != null);
  }

  @Override
  public void beforeGlobalSettingsUpdated(GlobalSettings oldSettings, GlobalSettings newSettings) {
    changes.incrementAndGet();
  }

  @Override
  public void afterGlobalSettingsUpdated(GlobalSettings oldSettings, GlobalSettings newSettings) {
    changes.incrementAndGet();
  }
}
