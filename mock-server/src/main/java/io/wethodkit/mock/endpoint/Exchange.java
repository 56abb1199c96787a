package io.wethodkit.mock.endpoint;

import io.wethodkit.contract.semantics.ListQuery;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.Identity;

/**
 * One request being served against one snapshot of the data. Each step (identity, target, grant,
 * query) is computed at most once, on first use, by the endpoint's parts.
 */
public final class Exchange {

  private final EndpointParts parts;
  private final EndpointRequest request;
  private final Dataset data;
  private Outcome<Identity> identity;
  private Outcome<RequestTarget> target;
  private Outcome<Grant> grant;
  private Outcome<ListQuery> query;

  public Exchange(EndpointParts parts, EndpointRequest request, Dataset data) {
    this.parts = parts;
    this.request = request;
    this.data = data;
  }

  /** The parts that compute the steps. */
  public EndpointParts parts() {
    return parts;
  }

  public EndpointRequest request() {
    return request;
  }

  /** The snapshot this request is served from. */
  public Dataset data() {
    return data;
  }

  public Outcome<Identity> identity() {
    if (identity == null) {
      identity = parts.authenticator().authenticate(request, data);
    }
    return identity;
  }

  public Outcome<RequestTarget> target() {
    if (target == null) {
      target = parts.preconditions().check(request);
    }
    return target;
  }

  /** The grant; refused with the identity's or the target's refusal when those are refused. */
  public Outcome<Grant> grant() {
    if (grant == null) {
      if (!identity().isOk()) {
        grant = Outcome.refused(identity().refusal().orElseThrow());
      } else if (!target().isOk()) {
        grant = Outcome.refused(target().refusal().orElseThrow());
      } else {
        grant = parts.companyAccess().grant(identity().value(), target().value(), data);
      }
    }
    return grant;
  }

  public Outcome<ListQuery> query() {
    if (query == null) {
      query = parts.queryParser().parse(request.rawQuery());
    }
    return query;
  }
}
