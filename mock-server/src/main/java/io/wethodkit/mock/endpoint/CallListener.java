package io.wethodkit.mock.endpoint;

/**
 * Told of every request the endpoint answers, on the serving thread, right after the answer is
 * computed. It runs on the fast path: an implementation must be cheap and must not throw.
 */
@FunctionalInterface
public interface CallListener {

  /** A listener that does nothing. */
  CallListener NONE = (request, exchange, answer, refusal, nanos) -> {};

  /**
   * @param request the request as the endpoint read it
   * @param exchange its steps, as far as the endpoint computed them
   * @param answer what the endpoint answered
   * @param refusal why it refused the request, or null for an answered list
   * @param nanos how long the endpoint took to compute the answer
   */
  void answered(
      EndpointRequest request, Exchange exchange, Answer answer, Refusal refusal, long nanos);
}
