package io.wethodkit.mock.endpoint;

import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.Identity;

/** Whether the identity may list the target company's projects (403 when not), and what it sees. */
@FunctionalInterface
public interface CompanyAccess {
  Outcome<Grant> grant(Identity identity, RequestTarget target, Dataset data);
}
