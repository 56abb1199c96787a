package io.wethodkit.mock.access;

import io.swagger.v3.oas.models.security.SecurityScheme;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.ContractException;
import io.wethodkit.mock.endpoint.Authenticator;
import io.wethodkit.mock.endpoint.EndpointRequest;
import io.wethodkit.mock.endpoint.Outcome;
import io.wethodkit.mock.endpoint.Refusal;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.Identity;
import java.util.Optional;

/**
 * Bearer authentication as the contract's HTTP security scheme states it: the scheme name is
 * case-insensitive (as HTTP says); an unknown or revoked token is refused.
 */
public final class BearerAuthenticator implements Authenticator {

  /** The HTTP request header that carries credentials. */
  private final String scheme;

  private final Refusal missing;
  private final Refusal wrongScheme;
  private final Refusal unknownToken;

  public BearerAuthenticator(Contract contract) {
    this.scheme = scheme(contract);
    this.missing = Refusal.of(contract.error(401), Causes.MISSING_AUTHORIZATION);
    this.wrongScheme = Refusal.of(contract.error(401), Causes.WRONG_SCHEME);
    this.unknownToken = Refusal.of(contract.error(401), Causes.UNKNOWN_TOKEN);
  }

  /** The scheme name of the contract's HTTP security scheme, e.g. {@code bearer}. */
  public static String scheme(Contract contract) {
    return Optional.ofNullable(contract.openApi().getComponents())
        .map(components -> components.getSecuritySchemes())
        .flatMap(
            schemes ->
                schemes.values().stream()
                    .filter(s -> s.getType() == SecurityScheme.Type.HTTP && s.getScheme() != null)
                    .map(SecurityScheme::getScheme)
                    .findFirst())
        .orElseThrow(() -> new ContractException(contract.source() + ": no HTTP security scheme"));
  }

  /** The token of an Authorization value of this scheme, empty when there is none. */
  public Optional<String> token(String authorization) {
    if (authorization == null) {
      return Optional.empty();
    }
    String value = authorization.strip();
    int space = 0;
    while (space < value.length() && !Character.isWhitespace(value.charAt(space))) {
      space++;
    }
    if (!value.substring(0, space).equalsIgnoreCase(scheme)) {
      return Optional.empty();
    }
    String token = value.substring(space).strip();
    return token.isEmpty() ? Optional.empty() : Optional.of(token);
  }

  @Override
  public Outcome<Identity> authenticate(EndpointRequest request, Dataset data) {
    String authorization = request.header(Authenticator.HEADER);
    if (authorization == null || authorization.isBlank()) {
      return Outcome.refused(missing);
    }
    Optional<String> token = token(authorization);
    if (token.isEmpty()) {
      return Outcome.refused(wrongScheme);
    }
    Optional<Identity> identity = data.identityByToken(token.get());
    if (identity.isEmpty() || identity.get().revoked()) {
      return Outcome.refused(unknownToken);
    }
    return Outcome.ok(identity.get());
  }
}
