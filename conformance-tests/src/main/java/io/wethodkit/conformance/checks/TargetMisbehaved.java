package io.wethodkit.conformance.checks;

import io.wethodkit.conformance.client.Exchange;
import io.wethodkit.conformance.verdict.Evidence;

/**
 * A request that the check needed to succeed did not (an error status, a body that is not a list,
 * pages that do not advance): the check fails with this exchange as evidence.
 */
public class TargetMisbehaved extends RuntimeException {

  private final transient Exchange exchange;
  private final String expected;

  public TargetMisbehaved(Exchange exchange, String expected) {
    super(exchange.summary() + "; expected " + expected, null, false, false);
    this.exchange = exchange;
    this.expected = expected;
  }

  public Exchange exchange() {
    return exchange;
  }

  public String expected() {
    return expected;
  }

  public Evidence evidence() {
    return Evidence.of(exchange, expected);
  }
}
