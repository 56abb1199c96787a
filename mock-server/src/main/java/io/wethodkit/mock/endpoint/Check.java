package io.wethodkit.mock.endpoint;

import java.util.List;
import java.util.Optional;

/**
 * One of the endpoint's checks; {@link EndpointParts#checks()} lists them in precedence order and
 * the first refusal wins. Each check reads the exchange's lazily computed steps, so any order
 * works.
 */
@FunctionalInterface
public interface Check {

  /** 401: the caller is unknown. */
  Check AUTHENTICATION = named("authentication", exchange -> exchange.identity().refusal());

  /** 412: the required headers. */
  Check PRECONDITIONS = named("preconditions", exchange -> exchange.target().refusal());

  /**
   * 403: access to the company. Only decidable once the caller and the company are known; before
   * that it passes and the later checks decide.
   */
  Check ACCESS =
      named(
          "access",
          exchange ->
              exchange.identity().isOk() && exchange.target().isOk()
                  ? exchange.grant().refusal()
                  : Optional.empty());

  /** 400: the query. */
  Check VALIDATION = named("validation", exchange -> exchange.query().refusal());

  /** The contract's precedence: 401, then 412, then 403, then 400. */
  static List<Check> contractOrder() {
    return List.of(AUTHENTICATION, PRECONDITIONS, ACCESS, VALIDATION);
  }

  Optional<Refusal> refusal(Exchange exchange);

  /** A check with a name for messages and {@code toString}. */
  static Check named(String name, Check check) {
    return new Check() {
      @Override
      public Optional<Refusal> refusal(Exchange exchange) {
        return check.refusal(exchange);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
