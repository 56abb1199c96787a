package io.wethodkit.mock.guard;

import java.util.Locale;

/**
 * A web origin: scheme, host and port, as a browser sends it in {@code Origin} ({@code
 * http://localhost:5173}), with the port of its scheme when none is written. {@code null} and
 * anything that is not an origin are opaque: they are no origin's equal.
 */
record WebOrigin(String scheme, String host, int port, boolean opaque) {

  private static final WebOrigin OPAQUE = new WebOrigin("", "", -1, true);

  /** The origin of an {@code Origin} header value; opaque for {@code null} and for garbage. */
  static WebOrigin parse(String value) {
    WebOrigin origin = parseOrNull(value);
    return origin == null ? OPAQUE : origin;
  }

  /** The origin, or null when {@code value} is not {@code scheme://host[:port]}. */
  static WebOrigin parseOrNull(String value) {
    String text = value == null ? "" : value.strip();
    int separator = text.indexOf("://");
    if (separator <= 0) {
      return null;
    }
    String scheme = text.substring(0, separator).toLowerCase(Locale.ROOT);
    if (!scheme
        .chars()
        .allMatch(
            c ->
                c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
      return null;
    }
    String authority = text.substring(separator + 3);
    if (authority.isEmpty()
        || authority.chars().anyMatch(c -> c == '/' || c == '?' || c == '#' || c == '@')) {
      return null;
    }
    String host = HostName.ofHostHeader(authority);
    if (host == null) {
      return null;
    }
    int port = portOf(authority);
    return new WebOrigin(scheme, host, port < 0 ? defaultPort(scheme) : port, false);
  }

  /** The origin a request to this server from its own pages carries. */
  static WebOrigin own(String scheme, String hostHeader) {
    String host = HostName.ofHostHeader(hostHeader);
    if (host == null) {
      return OPAQUE;
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    int port = portOf(hostHeader.strip());
    return new WebOrigin(lower, host, port < 0 ? defaultPort(lower) : port, false);
  }

  /** The explicit port of an authority, or -1. */
  private static int portOf(String authority) {
    int close = authority.lastIndexOf(']');
    int colon = authority.lastIndexOf(':');
    if (colon < 0 || colon < close || colon == authority.length() - 1) {
      return -1;
    }
    try {
      return Integer.parseInt(authority.substring(colon + 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static int defaultPort(String scheme) {
    return switch (scheme) {
      case "http", "ws" -> 80;
      case "https", "wss" -> 443;
      default -> -1;
    };
  }

  /** Whether the host is a loopback one by name or address. */
  boolean isLoopback() {
    return !opaque && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1"));
  }

  /** Same origin: same scheme, host and port, and neither opaque. */
  boolean sameAs(WebOrigin other) {
    return !opaque && !other.opaque && equals(other);
  }
}
