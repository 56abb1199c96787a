package io.wethodkit.mock.endpoint;

import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.Identity;

/** Who is calling (401 when unknown). */
@FunctionalInterface
public interface Authenticator {

  /** The request header that carries credentials (RFC 9110, section 11.6.2). */
  String HEADER = "Authorization";

  Outcome<Identity> authenticate(EndpointRequest request, Dataset data);
}
