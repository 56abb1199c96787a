package io.wethodkit.drift;

import io.wethodkit.conformance.config.ConfigException;

/**
 * How much drift to run.
 *
 * @param requests how many generated requests to compare
 * @param seed what they are generated from: the same seed gives the same requests on the same data
 */
public record DriftSettings(int requests, long seed) {

  public DriftSettings {
    if (requests < 1) {
      throw new ConfigException("--drift needs at least 1 request, not " + requests);
    }
  }
}
