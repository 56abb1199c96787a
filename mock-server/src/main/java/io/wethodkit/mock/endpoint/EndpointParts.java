package io.wethodkit.mock.endpoint;

import io.wethodkit.contract.Contract;
import java.util.List;
import java.util.Objects;

/**
 * The replaceable parts of the list endpoint. {@code MockServer.builder().customize(...)} hands the
 * standard parts (read from the contract) to a function that may replace or decorate any of them;
 * the endpoint then runs: {@link #checks()} in order (first refusal wins), selection of the
 * company's projects by visibility, deletion scope and filters, pagination, rendering.
 *
 * @param contract the contract the standard parts were read from (for building replacements)
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
    Contract contract,
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
    Objects.requireNonNull(contract, "contract");
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

  public EndpointParts withAuthenticator(Authenticator replaced) {
    return new EndpointParts(
        contract,
        replaced,
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

  public EndpointParts withPreconditions(Preconditions replaced) {
    return new EndpointParts(
        contract,
        authenticator,
        replaced,
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

  public EndpointParts withCompanyAccess(CompanyAccess replaced) {
    return new EndpointParts(
        contract,
        authenticator,
        preconditions,
        replaced,
        visibility,
        queryParser,
        predicates,
        selector,
        paginator,
        renderer,
        errorRenderer,
        checks);
  }

  public EndpointParts withVisibility(VisibilityPolicy replaced) {
    return new EndpointParts(
        contract,
        authenticator,
        preconditions,
        companyAccess,
        replaced,
        queryParser,
        predicates,
        selector,
        paginator,
        renderer,
        errorRenderer,
        checks);
  }

  public EndpointParts withQueryParser(QueryParser replaced) {
    return new EndpointParts(
        contract,
        authenticator,
        preconditions,
        companyAccess,
        visibility,
        replaced,
        predicates,
        selector,
        paginator,
        renderer,
        errorRenderer,
        checks);
  }

  public EndpointParts withPredicates(PredicateFactory replaced) {
    return new EndpointParts(
        contract,
        authenticator,
        preconditions,
        companyAccess,
        visibility,
        queryParser,
        replaced,
        selector,
        paginator,
        renderer,
        errorRenderer,
        checks);
  }

  public EndpointParts withSelector(Selector replaced) {
    return new EndpointParts(
        contract,
        authenticator,
        preconditions,
        companyAccess,
        visibility,
        queryParser,
        predicates,
        replaced,
        paginator,
        renderer,
        errorRenderer,
        checks);
  }

  public EndpointParts withPaginator(Paginator replaced) {
    return new EndpointParts(
        contract,
        authenticator,
        preconditions,
        companyAccess,
        visibility,
        queryParser,
        predicates,
        selector,
        replaced,
        renderer,
        errorRenderer,
        checks);
  }

  public EndpointParts withRenderer(ListRenderer replaced) {
    return new EndpointParts(
        contract,
        authenticator,
        preconditions,
        companyAccess,
        visibility,
        queryParser,
        predicates,
        selector,
        paginator,
        replaced,
        errorRenderer,
        checks);
  }

  public EndpointParts withErrorRenderer(ErrorRenderer replaced) {
    return new EndpointParts(
        contract,
        authenticator,
        preconditions,
        companyAccess,
        visibility,
        queryParser,
        predicates,
        selector,
        paginator,
        renderer,
        replaced,
        checks);
  }

  public EndpointParts withChecks(List<Check> replaced) {
    return new EndpointParts(
        contract,
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
        replaced);
  }
}
