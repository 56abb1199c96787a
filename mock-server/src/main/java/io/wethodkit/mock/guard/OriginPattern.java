package io.wethodkit.mock.guard;

import java.util.List;

/**
 * Origins a browser page may call from: one origin ({@code https://app.example.test}, {@code
 * http://localhost:5173}), one host on any port ({@code http://localhost:*}), {@code null} (the
 * opaque origin of sandboxed frames and {@code file:} pages) or any origin ({@code *}).
 */
public final class OriginPattern {

  /** The loopback origins a frontend's dev server has, allowed on the API by default. */
  static final List<OriginPattern> LOOPBACK =
      List.of(
          parse("http://localhost:*"),
          parse("http://127.0.0.1:*"),
          parse("http://[::1]:*"),
          parse("https://localhost:*"),
          parse("https://127.0.0.1:*"),
          parse("https://[::1]:*"));

  private static final int ANY_PORT = -2;

  private final String text;
  private final boolean any;
  private final boolean opaque;
  private final WebOrigin origin;

  private OriginPattern(String text, boolean any, boolean opaque, WebOrigin origin) {
    this.text = text;
    this.any = any;
    this.opaque = opaque;
    this.origin = origin;
  }

  /**
   * Reads one {@code --cors-origin} or {@code --admin-origin} value.
   *
   * @throws IllegalArgumentException when it is none of the forms above
   */
  public static OriginPattern parse(String value) {
    String text = value == null ? "" : value.strip();
    if (text.equals("*")) {
      return new OriginPattern(text, true, false, null);
    }
    if (text.equals("null")) {
      return new OriginPattern(text, false, true, null);
    }
    String trimmed = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    boolean anyPort = trimmed.endsWith(":*");
    WebOrigin parsed =
        WebOrigin.parseOrNull(anyPort ? trimmed.substring(0, trimmed.length() - 2) : trimmed);
    if (parsed == null || parsed.port() < 0 && !anyPort) {
      throw new IllegalArgumentException(
          "'"
              + value
              + "' is not an origin: give scheme://host[:port] as a browser sends it in Origin"
              + " (https://app.example.test, http://localhost:5173), scheme://host:* for any port,"
              + " null, or *.");
    }
    WebOrigin origin =
        anyPort ? new WebOrigin(parsed.scheme(), parsed.host(), ANY_PORT, false) : parsed;
    return new OriginPattern(trimmed, false, false, origin);
  }

  /** Whether this is {@code *}. */
  boolean any() {
    return any;
  }

  /** Whether a page of {@code candidate} matches. */
  boolean matches(WebOrigin candidate) {
    if (any) {
      return true;
    }
    if (candidate.opaque()) {
      return opaque;
    }
    if (origin == null) {
      return false;
    }
    return origin.scheme().equals(candidate.scheme())
        && origin.host().equals(candidate.host())
        && (origin.port() == ANY_PORT || origin.port() == candidate.port());
  }

  /** As given (a trailing slash dropped), e.g. {@code http://localhost:*}. */
  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OriginPattern that && text.equalsIgnoreCase(that.text);
  }

  @Override
  public int hashCode() {
    return text.toLowerCase(java.util.Locale.ROOT).hashCode();
  }
}
