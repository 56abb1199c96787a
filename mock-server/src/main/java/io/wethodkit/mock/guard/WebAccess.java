package io.wethodkit.mock.guard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What the mock opens to browsers beyond its defaults, for a mock that runs beside them on a
 * developer's machine. By default:
 *
 * <ul>
 *   <li>it answers a {@code Host} that is an IP literal, {@code localhost} or a {@code *.localhost}
 *       name, so that a page whose name was made to resolve to the mock (DNS rebinding) reaches
 *       nothing; {@link #allowedHosts} adds names;
 *   <li>its admin API and console answer their own pages and callers that send no {@code Origin}
 *       (curl, the admin client, tests); {@link #adminOrigins} adds origins;
 *   <li>the API answers pages of loopback origins (a frontend's dev server) with CORS; {@link
 *       #corsOrigins} adds origins, {@link #corsCredentials} adds {@code
 *       Access-Control-Allow-Credentials}.
 * </ul>
 *
 * Immutable; each {@code with} method returns a copy.
 */
public final class WebAccess {

  private static final WebAccess DEFAULTS = new WebAccess(List.of(), List.of(), List.of(), false);

  private final List<HostPattern> allowedHosts;
  private final List<OriginPattern> adminOrigins;
  private final List<OriginPattern> corsOrigins;
  private final boolean corsCredentials;

  private WebAccess(
      List<HostPattern> allowedHosts,
      List<OriginPattern> adminOrigins,
      List<OriginPattern> corsOrigins,
      boolean corsCredentials) {
    this.allowedHosts = allowedHosts;
    this.adminOrigins = adminOrigins;
    this.corsOrigins = corsOrigins;
    this.corsCredentials = corsCredentials;
  }

  /** Loopback and IP hosts, own-origin admin, loopback-origin API CORS without credentials. */
  public static WebAccess defaults() {
    return DEFAULTS;
  }

  /** Also answers these host names ({@code --allowed-host}): names, {@code .domain}, {@code *}. */
  public WebAccess withAllowedHosts(Collection<HostPattern> hosts) {
    return new WebAccess(merged(allowedHosts, hosts), adminOrigins, corsOrigins, corsCredentials);
  }

  /** {@link #withAllowedHosts} from text, e.g. {@code "mock"}; see {@link HostPattern#parse}. */
  public WebAccess withAllowedHosts(String... hosts) {
    return withAllowedHosts(List.of(hosts).stream().map(HostPattern::parse).toList());
  }

  /**
   * Lets pages of these origins call the admin API and open the console ({@code --admin-origin});
   * {@code *} is refused, as it would let any page change the mock.
   *
   * @throws IllegalArgumentException for {@code *}
   */
  public WebAccess withAdminOrigins(Collection<OriginPattern> origins) {
    for (OriginPattern origin : origins) {
      if (origin.any()) {
        throw new IllegalArgumentException(
            "'*' cannot be an admin origin: it would let any page change the mock. Name the"
                + " origins of the tools that administer it.");
      }
    }
    return new WebAccess(allowedHosts, merged(adminOrigins, origins), corsOrigins, corsCredentials);
  }

  /** {@link #withAdminOrigins} from text; see {@link OriginPattern#parse}. */
  public WebAccess withAdminOrigins(String... origins) {
    return withAdminOrigins(List.of(origins).stream().map(OriginPattern::parse).toList());
  }

  /** Lets pages of these origins read the API too ({@code --cors-origin}), {@code *} any page. */
  public WebAccess withCorsOrigins(Collection<OriginPattern> origins) {
    return new WebAccess(allowedHosts, adminOrigins, merged(corsOrigins, origins), corsCredentials);
  }

  /** {@link #withCorsOrigins} from text; see {@link OriginPattern#parse}. */
  public WebAccess withCorsOrigins(String... origins) {
    return withCorsOrigins(List.of(origins).stream().map(OriginPattern::parse).toList());
  }

  /**
   * Whether the API's CORS answers carry {@code Access-Control-Allow-Credentials: true} ({@code
   * --cors-credentials}), for pages that call it with cookies; the API's token travels in {@code
   * Authorization}, so off by default.
   */
  public WebAccess withCorsCredentials(boolean value) {
    return new WebAccess(allowedHosts, adminOrigins, corsOrigins, value);
  }

  public List<HostPattern> allowedHosts() {
    return allowedHosts;
  }

  public List<OriginPattern> adminOrigins() {
    return adminOrigins;
  }

  public List<OriginPattern> corsOrigins() {
    return corsOrigins;
  }

  public boolean corsCredentials() {
    return corsCredentials;
  }

  /** Whether a normalized host may be answered. */
  boolean hostAllowed(String host) {
    if (HostName.isIpLiteral(host) || HostName.isLocalhostName(host)) {
      return true;
    }
    for (HostPattern pattern : allowedHosts) {
      if (pattern.matches(host)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a page of {@code origin} may call the admin API, besides the mock's own pages. */
  boolean adminOrigin(WebOrigin origin) {
    return matchesAny(adminOrigins, origin);
  }

  /** Whether a page of {@code origin} may read the API, besides the mock's own pages. */
  boolean corsOrigin(WebOrigin origin) {
    return matchesAny(OriginPattern.LOOPBACK, origin) || matchesAny(corsOrigins, origin);
  }

  /** Whether {@code --cors-origin '*'} was given. */
  boolean anyCorsOrigin() {
    return corsOrigins.stream().anyMatch(OriginPattern::any);
  }

  private static boolean matchesAny(List<OriginPattern> patterns, WebOrigin origin) {
    for (OriginPattern pattern : patterns) {
      if (pattern.matches(origin)) {
        return true;
      }
    }
    return false;
  }

  private static <T> List<T> merged(List<T> before, Collection<T> added) {
    LinkedHashSet<T> all = new LinkedHashSet<>(before);
    for (T item : added) {
      all.add(Objects.requireNonNull(item));
    }
    return List.copyOf(new ArrayList<>(all));
  }

  @Override
  public String toString() {
    return "WebAccess[allowedHosts="
        + allowedHosts
        + ", adminOrigins="
        + adminOrigins
        + ", corsOrigins="
        + corsOrigins
        + ", corsCredentials="
        + corsCredentials
        + "]";
  }
}
