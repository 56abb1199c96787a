package io.wethodkit.conformance.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a query string whose values reach the server exactly as given: every byte outside the
 * unreserved set of RFC 3986 is percent-encoded, so a {@code +} travels as {@code %2B} and a space
 * as {@code %20}. {@link #raw(String)} appends a piece verbatim, for deliberately odd input.
 */
public final class QueryString {

  private final List<String> pieces = new ArrayList<>();

  public static QueryString of(Map<String, String> parameters) {
    QueryString query = new QueryString();
    parameters.forEach(query::add);
    return query;
  }

  public static QueryString empty() {
    return new QueryString();
  }

  /** Adds {@code name=value}, both encoded. */
  public QueryString add(String name, String value) {
    pieces.add(encode(name) + "=" + encode(value));
    return this;
  }

  /** Adds a piece exactly as written (no encoding). */
  public QueryString raw(String piece) {
    pieces.add(piece);
    return this;
  }

  /** Percent-encodes everything but RFC 3986's unreserved characters. */
  public static String encode(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~'
          || c == ':') {
        out.append((char) c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return String.join("&", pieces);
  }
}
