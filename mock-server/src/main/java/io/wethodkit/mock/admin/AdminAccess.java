package io.wethodkit.mock.admin;

import com.github.tomakehurst.wiremock.security.Authenticator;
import com.github.tomakehurst.wiremock.security.NoAuthenticator;
import com.github.tomakehurst.wiremock.security.TokenAuthenticator;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Who may call the admin API ({@code /__admin}, WireMock's and the mock's own routes): anyone, or
 * only callers sending {@code Authorization: Token <token>} (WireMock's token authentication). A
 * mock reachable from other machines without a token is refused unless its user opened it on
 * purpose, since anyone reaching it could change its data and stubs.
 */
public final class AdminAccess {

  /** The header a caller sends, with the value {@link #SCHEME} followed by the token. */
  public static final String HEADER = "Authorization";

  /** The scheme that precedes the token in {@link #HEADER}. */
  public static final String SCHEME = "Token ";

  private final Optional<String> token;

  private AdminAccess(Optional<String> token) {
    this.token = token;
  }

  /**
   * The admin access of a mock listening on {@code bind}.
   *
   * @param token the admin token, or empty for an admin API open to whoever reaches it
   * @param open whether an admin API without token may listen beyond the loopback interface
   * @throws InsecureAdminException when the token is blank, or missing on a non-loopback address
   *     without {@code open}
   */
  public static AdminAccess of(String bind, Optional<String> token, boolean open) {
    if (token.isPresent() && token.get().isBlank()) {
      throw new InsecureAdminException("The admin token is empty; give a non-blank token.");
    }
    if (token.isEmpty() && !open && !isLoopback(bind)) {
      throw new InsecureAdminException(
          "Refusing to listen on "
              + bind
              + " with an open admin API: anyone who reaches it could change the mock's data and"
              + " stubs. Give an admin token (--admin-token or WETHOD_MOCK_ADMIN_TOKEN), or pass"
              + " --admin-open to accept an open admin API.");
    }
    return new AdminAccess(token);
  }

  private static boolean isLoopback(String bind) {
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      // An address that does not resolve cannot be proven local.
      return false;
    }
  }

  public Optional<String> token() {
    return token;
  }

  /** WireMock's admin authenticator for this access. */
  public Authenticator authenticator() {
    return token.<Authenticator>map(TokenAuthenticator::new).orElseGet(NoAuthenticator::new);
  }
}
