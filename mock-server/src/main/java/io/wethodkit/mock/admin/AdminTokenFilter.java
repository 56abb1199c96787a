package io.wethodkit.mock.admin;

import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.client.AdminToken;
import io.wethodkit.mock.store.Json;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;

/**
 * Refuses an admin call without the admin token with a 401 in the admin API's error format ({@code
 * {"key", "message"}}, {@code application/json}) instead of WireMock's empty 401. It guards the
 * whole admin context ({@code /__admin/*}): WireMock's routes, the mock's and the console's, and
 * the static pages WireMock serves there, for every method. It sits behind the web guard, which
 * answers a preflight (it never carries the token) and lets a page of an admin origin read the 401.
 */
final class AdminTokenFilter implements Filter {

  /** The key of the refusal, as the endpoint's own 401. */
  static final String KEY = "unauthorized";

  /** Says what to send; never the token given, which may be a mistyped real one. */
  static final String MESSAGE =
      "This admin call needs the mock's admin token: send the header '"
          + AdminToken.HEADER
          + ": "
          + AdminToken.headerValue("<token>")
          + "' with the token the mock was started with (--admin-token or"
          + " WETHOD_MOCK_ADMIN_TOKEN). None was sent, or not that one.";

  /** The challenge a 401 must carry (RFC 9110), naming the scheme the admin API takes. */
  static final String CHALLENGE = AdminToken.SCHEME;

  private static final AdminResult REFUSAL = AdminResult.error(401, KEY, MESSAGE);
  private static final byte[] BODY = Json.bytes(REFUSAL.body());

  private final AdminAccess access;

  AdminTokenFilter(AdminAccess access) {
    this.access = access;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http)
        || !(response instanceof HttpServletResponse answer)
        || access.admits(Collections.list(http.getHeaders(AdminToken.HEADER)))) {
      chain.doFilter(request, response);
      return;
    }
    answer.setStatus(REFUSAL.status());
    answer.setHeader("WWW-Authenticate", CHALLENGE);
    // As the admin API's other answers send it, without a charset parameter.
    answer.setHeader("Content-Type", "application/json");
    answer.setContentLength(BODY.length);
    try (ServletOutputStream out = answer.getOutputStream()) {
      out.write(BODY);
    }
  }
}
