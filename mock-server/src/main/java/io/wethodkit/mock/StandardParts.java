package io.wethodkit.mock;

import io.wethodkit.contract.Contract;
import io.wethodkit.contract.semantics.Semantics;
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
    return of(Semantics.of(contract));
  }

  /** The parts that emulate {@code semantics} (e.g. the contract's with one rule changed). */
  public static EndpointParts of(Semantics semantics) {
    Contract contract = semantics.contract();
    return EndpointParts.builder(semantics)
        .authenticator(new BearerAuthenticator(contract))
        .preconditions(new HeaderPreconditions(contract))
        .companyAccess(new PermissionAccess(contract))
        .visibility(new OwnerVisibility(semantics))
        .queryParser(new ContractQueryParser(semantics))
        .predicates(new ContractPredicates(semantics))
        .selector(new AscendingIdSelector())
        .paginator(new OffsetLimitPaginator())
        .renderer(new JsonListRenderer(contract))
        .errorRenderer(new JsonErrorRenderer(contract))
        .checks(Check.contractOrder())
        .build();
  }
}
