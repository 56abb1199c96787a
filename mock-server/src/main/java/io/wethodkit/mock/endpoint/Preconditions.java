package io.wethodkit.mock.endpoint;

/** The required headers (412 when missing or unusable). */
@FunctionalInterface
public interface Preconditions {
  Outcome<RequestTarget> check(EndpointRequest request);
}
