package io.wethodkit.mock.guard;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The host part of a {@code Host} header or of an origin, lower-cased, without the brackets of an
 * IPv6 literal and without a trailing dot ({@code localhost.} names {@code localhost}).
 */
final class HostName {

  private HostName() {}

  /**
   * The host of a {@code Host} header value ({@code name}, {@code name:port}, {@code [v6]:port}),
   * normalized, or null when the value is not a host and port.
   */
  static String ofHostHeader(String value) {
    String text = value.strip();
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0 || !portOrNothing(text.substring(close + 1))) {
        return null;
      }
      String literal = text.substring(1, close);
      return isIpv6(literal) ? literal.toLowerCase(Locale.ROOT) : null;
    }
    int colon = text.indexOf(':');
    String host = colon < 0 ? text : text.substring(0, colon);
    if (colon >= 0 && !portOrNothing(text.substring(colon))) {
      return null;
    }
    return normalizeName(host);
  }

  /** A name or IPv4 literal as given, normalized, or null when it cannot be a host name. */
  static String normalizeName(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.isEmpty()) {
      return null;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_')) {
        return null;
      }
    }
    return name;
  }

  private static boolean portOrNothing(String rest) {
    if (rest.isEmpty()) {
      return true;
    }
    if (rest.charAt(0) != ':' || rest.length() > 6) {
      return false;
    }
    for (int i = 1; i < rest.length(); i++) {
      if (!Character.isDigit(rest.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a normalized host is an IP literal: a page cannot be served from a name that reads as
   * an address, so such a {@code Host} is never the work of DNS rebinding.
   */
  static boolean isIpLiteral(String host) {
    return isIpv4(host) || host.indexOf(':') >= 0 && isIpv6(host);
  }

  /** Whether the host is loopback by name: {@code localhost} and its subdomains (RFC 6761). */
  static boolean isLocalhostName(String host) {
    return host.equals("localhost") || host.endsWith(".localhost");
  }

  private static boolean isIpv4(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3) {
        return false;
      }
      for (int i = 0; i < part.length(); i++) {
        if (!Character.isDigit(part.charAt(i))) {
          return false;
        }
      }
      if (Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIpv6(String literal) {
    if (literal.isEmpty() || literal.indexOf(':') < 0) {
      return false;
    }
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      boolean hex = c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
      if (!hex && c != ':' && c != '.') {
        return false;
      }
    }
    try {
      // With a colon in it, the JDK parses it as a literal and never asks a resolver.
      InetAddress.getByName("[" + literal + "]");
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
