package io.wethodkit.drift;

import io.wethodkit.conformance.config.TargetConfig;
import io.wethodkit.conformance.support.Suite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Runs drift in-process for the tests, with the console captured. */
final class Drift {

  private Drift() {}

  /**
   * Runs drift with a generous per-request timeout: on a loaded build machine the first request
   * (REST Assured warming up) may be slow, and a timeout would be a false difference.
   */
  static DriftOutcome run(TargetConfig config, int requests, long seed) {
    return runAsIs(patient(config), requests, seed);
  }

  static TargetConfig patient(TargetConfig config) {
    return new TargetConfig(
        config.baseUrl(),
        config.company(),
        config.version(),
        config.mode(),
        Duration.ofSeconds(60),
        config.identities(),
        config.foreignCompany(),
        config.revokedToken());
  }

  static DriftOutcome runAsIs(TargetConfig config, int requests, long seed) {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8)) {
      return new DriftRun(Suite.CONTRACT, Suite.CATALOGUE, out)
          .execute(config, new DriftSettings(requests, seed));
    }
  }

  /** For assertion messages. */
  static String describe(DriftOutcome outcome) {
    StringBuilder text = new StringBuilder();
    outcome.notes().forEach(note -> text.append("note: ").append(note).append('\n'));
    for (Difference d : outcome.differences()) {
      text.append(d.level())
          .append(' ')
          .append(d.requirement())
          .append(" [")
          .append(d.group())
          .append("] ")
          .append(DriftHtml.text(d).replace('\n', ' '))
          .append('\n');
    }
    return text.toString();
  }
}
