package io.wethodkit.mock.guard;

/**
 * Told of each CORS preflight of the endpoint that the web guard grants (it answers them itself,
 * before the endpoint), on the serving thread: it must be cheap and must not throw.
 */
@FunctionalInterface
public interface PreflightListener {

  /** A listener that does nothing. */
  PreflightListener NONE = (path, query) -> {};

  /**
   * @param path the request's path (the endpoint's)
   * @param query its raw query string, or null when none
   */
  void preflight(String path, String query);
}
