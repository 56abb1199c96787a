package io.wethodkit.mock.endpoint;

/**
 * Told of every request the endpoint answers, on the serving thread, right after the answer is
 * computed. It runs on the fast path: an implementation must be cheap and must not throw.
 */
@FunctionalInterface
public interface CallListener {

  /** A listener that does nothing. */
  CallListener NONE = (trace, answer, nanos) -> {};

  /**
   * @param trace why the endpoint answered so: the request, the refusal or the selection
   * @param answer what the endpoint answered
   * @param nanos how long the endpoint took to compute the answer
   */
  void answered(Trace trace, Answer answer, long nanos);

  /** This listener, then {@code next}. */
  default CallListener andThen(CallListener next) {
    return (trace, answer, nanos) -> {
      answered(trace, answer, nanos);
      next.answered(trace, answer, nanos);
    };
  }
}
