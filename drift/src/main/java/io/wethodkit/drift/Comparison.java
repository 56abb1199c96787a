package io.wethodkit.drift;

import io.wethodkit.conformance.client.Exchange;
import java.util.Optional;

/** One request sent to both, what each answered, and how the answers differ, if they do. */
record Comparison(
    DriftRequest request,
    Exchange targetExchange,
    Observation target,
    Observation mock,
    Optional<Mismatch> mismatch) {

  /** Whether the target's client refused to send it (the run is out of time or gave up). */
  boolean notSent() {
    return targetExchange.error() != null && targetExchange.error().startsWith("not sent");
  }
}
