package io.wethodkit.conformance.checks;

import io.wethodkit.conformance.catalogue.ContractParameters;
import io.wethodkit.conformance.catalogue.GrammarParameter;
import io.wethodkit.conformance.client.QueryString;
import io.wethodkit.conformance.client.TargetRequest;
import io.wethodkit.conformance.config.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Requests that provoke each error answer, for the checks of shapes, content type and precedence.
 * The names used for an unknown company and an unknown token are fixed, so that runs can be
 * compared; no real tenant or token is expected to carry them.
 */
public final class Probes {

  /** A company slug that no target is expected to know. */
  public static final String UNKNOWN_COMPANY = "wethodkit-no-such-company";

  /** A token that no target is expected to have issued. */
  public static final String UNKNOWN_TOKEN = "wethodkit-no-such-token-4f1c9a";

  /** A value no parameter accepts. */
  static final String NONSENSE = "abc";

  private Probes() {}

  /** Requests that should be 401: no Authorization header. */
  public static List<TargetRequest> unauthenticated(RunContext ctx) {
    return List.of(ctx.requests().anonymous());
  }

  /** Requests that should be 403: an unknown company, and the identity with no permission. */
  public static List<TargetRequest> forbidden(RunContext ctx) {
    return List.of(unknownCompany(ctx, Role.BOTH), ctx.requests().as(Role.NONE));
  }

  /** Requests that should be 412: no company header, no version header. */
  public static List<TargetRequest> preconditionFailed(RunContext ctx) {
    return List.of(
        ctx.requests().as(Role.BOTH).withoutHeader(ctx.requests().companyHeader()),
        ctx.requests().as(Role.BOTH).withoutHeader(ctx.requests().versionHeader()));
  }

  public static TargetRequest unknownCompany(RunContext ctx, Role role) {
    return ctx.requests().as(role).withHeader(ctx.requests().companyHeader(), UNKNOWN_COMPANY);
  }

  /**
   * Queries that should be 400: the limit given a value that is not a number, then every parameter
   * with a grammar given one.
   */
  public static List<QueryString> invalidQueries(RunContext ctx) {
    List<QueryString> queries = new ArrayList<>();
    queries.add(QueryString.empty().add(ctx.contract().limit().parameter(), NONSENSE));
    QueryString all = QueryString.empty();
    for (GrammarParameter parameter : ContractParameters.of(ctx.contract())) {
      all.add(parameter.name(), NONSENSE);
    }
    queries.add(all);
    return queries;
  }
}
