package io.wethodkit.mock;

import io.wethodkit.contract.Contract;
import io.wethodkit.mock.access.BearerAuthenticator;
import io.wethodkit.mock.access.HeaderPreconditions;
import io.wethodkit.mock.access.OwnerVisibility;
import io.wethodkit.mock.access.PermissionAccess;
import io.wethodkit.mock.endpoint.Check;
import io.wethodkit.mock.endpoint.EndpointParts;
import io.wethodkit.mock.filter.AscendingIdSelector;
import io.wethodkit.mock.filter.ContractPredicates;
import io.wethodkit.mock.filter.ContractQueryParser;
import io.wethodkit.mock.filter.OffsetLimitPaginator;
import io.wethodkit.mock.http.JsonErrorRenderer;
import io.wethodkit.mock.http.JsonListRenderer;

/** The endpoint parts that emulate the contract faithfully. */
public final class StandardParts {

  private StandardParts() {}

  public static EndpointParts of(Contract contract) {
    return new EndpointParts(
        contract,
        new BearerAuthenticator(contract),
        new HeaderPreconditions(contract),
        new PermissionAccess(contract),
        new OwnerVisibility(contract),
        new ContractQueryParser(contract),
        new ContractPredicates(contract.deletionFilter().field()),
        new AscendingIdSelector(),
        new OffsetLimitPaginator(),
        new JsonListRenderer(contract),
        new JsonErrorRenderer(contract),
        Check.contractOrder());
  }
}
