package io.wethodkit.mock.endpoint;

import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.Identity;

/** Who is calling (401 when unknown). */
@FunctionalInterface
public interface Authenticator {
  Outcome<Identity> authenticate(EndpointRequest request, Dataset data);
}
