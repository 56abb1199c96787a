package io.wethodkit.mock.admin;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.security.Authenticator;
import com.github.tomakehurst.wiremock.security.NoAuthenticator;
import io.wethodkit.mock.client.AdminToken;
import jakarta.servlet.Filter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Optional;

/**
 * Who may call the admin API ({@code /__admin}, WireMock's and the mock's own routes): anyone, or
 * only callers sending {@code Authorization: Token <token>} ({@link AdminToken}, the scheme of
 * WireMock's token authentication). A mock reachable from other machines without a token is refused
 * unless its user opened it on purpose, since anyone reaching it could change its data and stubs.
 */
public final class AdminAccess {

  /** The header a caller sends, with the value {@link #SCHEME} followed by the token. */
  public static final String HEADER = AdminToken.HEADER;

  /** What precedes the token in {@link #HEADER}: the scheme and a space. */
  public static final String SCHEME = AdminToken.SCHEME + " ";

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

  /**
   * Whether a call with these {@code Authorization} header values may use the admin API: always
   * when open, else when one of them is exactly {@code Token <token>}, as WireMock's {@code
   * TokenAuthenticator} decides.
   */
  public boolean admits(Collection<String> authorizations) {
    if (token.isEmpty()) {
      return true;
    }
    byte[] expected = AdminToken.headerValue(token.get()).getBytes(StandardCharsets.UTF_8);
    // Compared in constant time, so that the answer's timing does not reveal the token.
    return authorizations.stream()
        .anyMatch(v -> MessageDigest.isEqual(expected, v.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * WireMock's admin authenticator for this access. {@link #guard()} refuses a call before it gets
   * here; this stays as the same rule at WireMock's own check.
   */
  public Authenticator authenticator() {
    if (token.isEmpty()) {
      return new NoAuthenticator();
    }
    return request -> {
      HttpHeader header = request.header(AdminToken.HEADER);
      return header.isPresent() && admits(header.values());
    };
  }

  /**
   * The servlet filter for the admin context that answers a refused call with a JSON 401, or empty
   * when the admin API is open.
   */
  public Optional<Filter> guard() {
    return token.map(t -> new AdminTokenFilter(this));
  }
}
