package io.wethodkit.mock.endpoint;

import io.wethodkit.contract.Visibility;
import io.wethodkit.mock.store.Company;
import io.wethodkit.mock.store.Identity;
import java.util.Set;

/** An identity's access to a company: what its permissions there let it see. */
public record Grant(Identity identity, Company company, Set<Visibility> visibilities) {

  public Grant {
    visibilities = Set.copyOf(visibilities);
  }
}
