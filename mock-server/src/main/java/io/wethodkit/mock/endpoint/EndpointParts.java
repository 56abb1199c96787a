package io.wethodkit.mock.endpoint;

import io.wethodkit.contract.Contract;
import io.wethodkit.contract.semantics.Semantics;
import java.util.List;
import java.util.Objects;

/**
 * The replaceable parts of the list endpoint. {@code MockServer.builder().customize(...)} hands the
 * standard parts (read from the contract) to a function that may replace or decorate any of them;
 * the endpoint then runs: {@link #checks()} in order (first refusal wins), selection of the
 * company's projects by visibility, deletion scope and filters, pagination, rendering.
 *
 * @param semantics the contract's semantics the standard parts were built from (for building
 *     replacements)
 * @param authenticator 401
 * @param preconditions 412
 * @param companyAccess 403, and the grant
 * @param visibility which projects a grant shows
 * @param queryParser 400, and the valid query
 * @param predicates the predicates of filters and deletion scope
 * @param selector filtering and order
 * @param paginator offset and limit
 * @param renderer the 200 answer
 * @param errorRenderer the error answers
 * @param checks the checks in precedence order
 */
public record EndpointParts(
    Semantics semantics,
    Authenticator authenticator,
    Preconditions preconditions,
    CompanyAccess companyAccess,
    VisibilityPolicy visibility,
    QueryParser queryParser,
    PredicateFactory predicates,
    Selector selector,
    Paginator paginator,
    ListRenderer renderer,
    ErrorRenderer errorRenderer,
    List<Check> checks) {

  public EndpointParts {
    Objects.requireNonNull(semantics, "semantics");
    Objects.requireNonNull(authenticator, "authenticator");
    Objects.requireNonNull(preconditions, "preconditions");
    Objects.requireNonNull(companyAccess, "companyAccess");
    Objects.requireNonNull(visibility, "visibility");
    Objects.requireNonNull(queryParser, "queryParser");
    Objects.requireNonNull(predicates, "predicates");
    Objects.requireNonNull(selector, "selector");
    Objects.requireNonNull(paginator, "paginator");
    Objects.requireNonNull(renderer, "renderer");
    Objects.requireNonNull(errorRenderer, "errorRenderer");
    checks = List.copyOf(checks);
  }

  /** The contract the parts emulate. */
  public Contract contract() {
    return semantics.contract();
  }

  /** A builder of parts for {@code semantics}, with no part set yet. */
  public static Builder builder(Semantics semantics) {
    return new Builder(semantics);
  }

  /** A builder holding these parts, to replace some. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Sets parts one by one; {@link #build()} refuses a part left unset. */
  public static final class Builder {
    private final Semantics semantics;
    private Authenticator authenticator;
    private Preconditions preconditions;
    private CompanyAccess companyAccess;
    private VisibilityPolicy visibility;
    private QueryParser queryParser;
    private PredicateFactory predicates;
    private Selector selector;
    private Paginator paginator;
    private ListRenderer renderer;
    private ErrorRenderer errorRenderer;
    private List<Check> checks = Check.contractOrder();

    private Builder(Semantics semantics) {
      this.semantics = semantics;
    }

    private Builder(EndpointParts parts) {
      this(parts.semantics);
      authenticator = parts.authenticator;
      preconditions = parts.preconditions;
      companyAccess = parts.companyAccess;
      visibility = parts.visibility;
      queryParser = parts.queryParser;
      predicates = parts.predicates;
      selector = parts.selector;
      paginator = parts.paginator;
      renderer = parts.renderer;
      errorRenderer = parts.errorRenderer;
      checks = parts.checks;
    }

    public Builder authenticator(Authenticator value) {
      authenticator = value;
      return this;
    }

    public Builder preconditions(Preconditions value) {
      preconditions = value;
      return this;
    }

    public Builder companyAccess(CompanyAccess value) {
      companyAccess = value;
      return this;
    }

    public Builder visibility(VisibilityPolicy value) {
      visibility = value;
      return this;
    }

    public Builder queryParser(QueryParser value) {
      queryParser = value;
      return this;
    }

    public Builder predicates(PredicateFactory value) {
      predicates = value;
      return this;
    }

    public Builder selector(Selector value) {
      selector = value;
      return this;
    }

    public Builder paginator(Paginator value) {
      paginator = value;
      return this;
    }

    public Builder renderer(ListRenderer value) {
      renderer = value;
      return this;
    }

    public Builder errorRenderer(ErrorRenderer value) {
      errorRenderer = value;
      return this;
    }

    /** The checks in precedence order; default the contract's ({@link Check#contractOrder()}). */
    public Builder checks(List<Check> value) {
      checks = value;
      return this;
    }

    public EndpointParts build() {
      return new EndpointParts(
          semantics,
          authenticator,
          preconditions,
          companyAccess,
          visibility,
          queryParser,
          predicates,
          selector,
          paginator,
          renderer,
          errorRenderer,
          checks);
    }
  }
}
