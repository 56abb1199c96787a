package io.wethodkit.mock.client;

import java.util.Objects;

/**
 * How a call proves that it may use the admin API of a mock started with an admin token: the header
 * {@value #HEADER} holding {@value #SCHEME}, a space and the token, the scheme of WireMock's token
 * authentication. The server checks it, the client sends it, and a 401 names the scheme.
 */
public final class AdminToken {

  /** The header that carries the token. */
  public static final String HEADER = "Authorization";

  /** The scheme before the token, also the challenge of a refusal ({@code WWW-Authenticate}). */
  public static final String SCHEME = "Token";

  private AdminToken() {}

  /** The value of {@link #HEADER} for {@code token}: {@code Token <token>}. */
  public static String headerValue(String token) {
    return SCHEME + " " + Objects.requireNonNull(token, "token");
  }
}
