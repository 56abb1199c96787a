package io.wethodkit.mock.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * Keeps a query holding a malformed escape (e.g. {@code %zz}) from failing inside WireMock with a
 * 500 before any extension runs: each {@code %} not followed by two hex digits becomes {@code
 * %FF%25}, which WireMock decodes without failing and which the emulation's strict UTF-8 decoding
 * still rejects (byte FF is never UTF-8), so the parameter gets its 400.
 */
public final class QueryEscapeRepair implements Filter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http) {
      String query = http.getQueryString();
      if (query != null && query.indexOf('%') >= 0) {
        String repaired = repair(query);
        if (!repaired.equals(query)) {
          chain.doFilter(
              new HttpServletRequestWrapper(http) {
                @Override
                public String getQueryString() {
                  return repaired;
                }
              },
              response);
          return;
        }
      }
    }
    chain.doFilter(request, response);
  }

  /** {@code query} with every malformed escape made well-formed but undecodable as UTF-8. */
  public static String repair(String query) {
    StringBuilder out = null;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      boolean malformed =
          c == '%'
              && (i + 2 >= query.length()
                  || !isHex(query.charAt(i + 1))
                  || !isHex(query.charAt(i + 2)));
      if (malformed && out == null) {
        out = new StringBuilder(query.length() + 16).append(query, 0, i);
      }
      if (out != null) {
        out.append(malformed ? "%FF%25" : String.valueOf(c));
      }
    }
    return out == null ? query : out.toString();
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
