package io.wethodkit.mock.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Applies a {@link WebAccess} to every request of one servlet context, before anything else runs
 * there:
 *
 * <ol>
 *   <li>a {@code Host} that is not an IP literal, {@code localhost}, a {@code *.localhost} name or
 *       an allowed name is refused (403);
 *   <li>the admin API and the console refuse a request from a page of another origin ({@code
 *       Origin} neither the mock's own nor an admin origin) or marked {@code Sec-Fetch-Site:
 *       cross-site} (403), except a top-level navigation to the console, which reads nothing; an
 *       admin call that changes something must send JSON or no body (415); only admin origins get
 *       CORS headers;
 *   <li>the API, and the stubs beside it, grant CORS to the mock's own origin, loopback origins and
 *       the CORS origins, without credentials unless asked, and refuse other origins (403).
 * </ol>
 *
 * Requests without {@code Origin} and {@code Sec-Fetch-Site} (curl, the admin client, tests) pass
 * as before. Every refusal is JSON; one on the API has the contract's 403 key and media type.
 */
final class WebAccessFilter implements Filter {

  /** Which context the filter guards. */
  enum Zone {
    /** {@code /__admin/*}. */
    ADMIN,
    /** Everything else: the console's page at {@code /}, the API, the user's stubs. */
    SERVICE
  }

  private static final String ORIGIN = "Origin";
  private static final String ADMIN_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE";
  private static final String ADMIN_HEADERS = "Authorization, Content-Type";
  private static final String STUB_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE";
  private static final String PREFLIGHT_MAX_AGE = "600";

  private final WebGuard guard;
  private final Zone zone;

  WebAccessFilter(WebGuard guard, Zone zone) {
    this.guard = guard;
    this.zone = zone;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http)
        || !(response instanceof HttpServletResponse answer)) {
      chain.doFilter(request, response);
      return;
    }
    boolean console = zone == Zone.SERVICE && isConsole(http);
    boolean api = zone == Zone.SERVICE && !console;
    if (api) {
      // Whether an answer may be read depends on the page asking: caches must know.
      answer.addHeader("Vary", ORIGIN);
    }
    String hostHeader = http.getHeader("Host");
    if (hostHeader != null) {
      String host = HostName.ofHostHeader(hostHeader);
      if (host == null || !guard.access().hostAllowed(host)) {
        refuse(answer, api, GuardRefusal.host(host == null ? hostHeader : host));
        return;
      }
    }
    if (api) {
      serveApi(http, answer, chain);
    } else {
      serveAdmin(http, answer, chain, console);
    }
  }

  private void serveApi(HttpServletRequest http, HttpServletResponse answer, FilterChain chain)
      throws IOException, ServletException {
    String originHeader = http.getHeader(ORIGIN);
    if (originHeader == null) {
      chain.doFilter(http, answer);
      return;
    }
    WebAccess access = guard.access();
    WebOrigin origin = WebOrigin.parse(originHeader);
    if (!access.anyCorsOrigin() && !access.corsOrigin(origin) && !origin.sameAs(own(http))) {
      refuse(answer, true, GuardRefusal.apiOrigin(guard.api().refusalKey(), originHeader));
      return;
    }
    WebGuard.ApiFacts facts = guard.api();
    boolean credentials = access.corsCredentials();
    answer.setHeader(
        "Access-Control-Allow-Origin",
        access.anyCorsOrigin() && !credentials ? "*" : originHeader.strip());
    if (credentials) {
      answer.setHeader("Access-Control-Allow-Credentials", "true");
    }
    if (isPreflight(http)) {
      boolean endpoint = http.getRequestURI().equals(facts.path());
      answer.setHeader("Access-Control-Allow-Methods", endpoint ? facts.methods() : STUB_METHODS);
      String headers = endpoint ? facts.requestHeaders() : withContentType(facts.requestHeaders());
      if (!headers.isEmpty()) {
        answer.setHeader("Access-Control-Allow-Headers", headers);
      }
      answer.setHeader("Access-Control-Max-Age", PREFLIGHT_MAX_AGE);
      answer.setStatus(204);
      if (endpoint) {
        guard.preflights().preflight(http.getRequestURI(), http.getQueryString());
      }
      return;
    }
    if (!facts.responseHeaders().isEmpty()) {
      answer.setHeader("Access-Control-Expose-Headers", facts.responseHeaders());
    }
    chain.doFilter(http, new DownstreamCorsDropped(answer));
  }

  private void serveAdmin(
      HttpServletRequest http, HttpServletResponse answer, FilterChain chain, boolean console)
      throws IOException, ServletException {
    String originHeader = http.getHeader(ORIGIN);
    boolean crossSite = "cross-site".equalsIgnoreCase(http.getHeader("Sec-Fetch-Site"));
    boolean granted = false;
    if (originHeader != null) {
      WebOrigin origin = WebOrigin.parse(originHeader);
      granted = guard.access().adminOrigin(origin);
      if (!granted && (crossSite || !origin.sameAs(own(http)))) {
        refuse(answer, false, GuardRefusal.adminOrigin(originHeader));
        return;
      }
    } else if (crossSite && !(console && isNavigation(http))) {
      refuse(answer, false, GuardRefusal.crossSite());
      return;
    }
    if (granted) {
      answer.setHeader("Access-Control-Allow-Origin", originHeader.strip());
      answer.addHeader("Vary", ORIGIN);
    }
    if (isPreflight(http)) {
      // The mock's own pages never send one; WireMock's CORS filter must not answer it.
      if (granted) {
        answer.setHeader("Access-Control-Allow-Methods", ADMIN_METHODS);
        answer.setHeader("Access-Control-Allow-Headers", ADMIN_HEADERS);
        answer.setHeader("Access-Control-Max-Age", PREFLIGHT_MAX_AGE);
      }
      answer.setStatus(204);
      return;
    }
    if (zone == Zone.ADMIN && changesState(http.getMethod()) && !jsonOrNoBody(http)) {
      refuse(answer, false, GuardRefusal.mediaType(isFileUpload(http)));
      return;
    }
    chain.doFilter(http, originHeader == null ? answer : new DownstreamCorsDropped(answer));
  }

  private void refuse(HttpServletResponse answer, boolean api, GuardRefusal refusal)
      throws IOException {
    if (api) {
      WebGuard.ApiFacts facts = guard.api();
      new GuardRefusal(refusal.status(), facts.refusalKey(), refusal.message())
          .write(answer, facts.media());
    } else {
      // As the admin API's other answers send it, without a charset parameter.
      refusal.write(answer, "application/json");
    }
  }

  /** The origin of the mock's own pages, as this request reached it. */
  private static WebOrigin own(HttpServletRequest http) {
    String host = http.getHeader("Host");
    return host == null ? WebOrigin.parse(null) : WebOrigin.own(http.getScheme(), host);
  }

  private static boolean isConsole(HttpServletRequest http) {
    String method = http.getMethod();
    return ("GET".equals(method) || "HEAD".equals(method)) && "/".equals(http.getRequestURI());
  }

  /** A CORS preflight: {@code OPTIONS} with {@code Origin} and the method it asks for. */
  private static boolean isPreflight(HttpServletRequest http) {
    return "OPTIONS".equals(http.getMethod())
        && http.getHeader(ORIGIN) != null
        && http.getHeader("Access-Control-Request-Method") != null;
  }

  /**
   * A top-level navigation (a link followed, an address typed): the page that led there reads
   * nothing.
   */
  private static boolean isNavigation(HttpServletRequest http) {
    return "navigate".equalsIgnoreCase(http.getHeader("Sec-Fetch-Mode"))
        && "document".equalsIgnoreCase(http.getHeader("Sec-Fetch-Dest"));
  }

  private static boolean changesState(String method) {
    return switch (method) {
      case "POST", "PUT", "PATCH", "DELETE" -> true;
      default -> false;
    };
  }

  /**
   * Whether a state-changing admin call sends no body, or a body no page of another origin can send
   * without a preflight: JSON; for WireMock's file upload, any type a form cannot send. A call
   * without body may declare any type: HTTP clients often add one.
   */
  private static boolean jsonOrNoBody(HttpServletRequest http) {
    boolean body = http.getContentLengthLong() > 0 || http.getHeader("Transfer-Encoding") != null;
    if (!body) {
      return true;
    }
    String type = mediaType(http.getHeader("Content-Type"));
    if (type == null) {
      return false;
    }
    if (type.equals("application/json") || type.endsWith("+json")) {
      return true;
    }
    return isFileUpload(http) && !formType(type);
  }

  private static boolean isFileUpload(HttpServletRequest http) {
    return "PUT".equals(http.getMethod()) && http.getRequestURI().startsWith("/__admin/files/");
  }

  /** The types an HTML form or a fetch without preflight sends a body as. */
  private static boolean formType(String type) {
    return type.equals("text/plain")
        || type.equals("application/x-www-form-urlencoded")
        || type.equals("multipart/form-data");
  }

  /** The media type of a {@code Content-Type} value, lower-case, without parameters. */
  private static String mediaType(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
    return type.toLowerCase(Locale.ROOT);
  }

  private static String withContentType(String headers) {
    return headers.isEmpty() ? "Content-Type" : headers + ", Content-Type";
  }
}
