package io.wethodkit.conformance.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.wethodkit.conformance.client.Exchange;
import java.util.Map;

/**
 * What a verdict rests on: the request sent (credentials masked), what came back, and what was
 * expected; or, for a check that could not be exercised, a note saying why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(
    String request,
    Map<String, String> headers,
    Integer status,
    String bodyExcerpt,
    String error,
    String expected,
    String note) {

  public static final int BODY_EXCERPT = 600;

  public static Evidence of(Exchange exchange, String expected) {
    return new Evidence(
        exchange.requestLine(),
        exchange.requestHeaders(),
        exchange.answered() ? exchange.status() : null,
        exchange.answered() ? exchange.bodyExcerpt(BODY_EXCERPT) : null,
        exchange.error(),
        expected,
        null);
  }

  public static Evidence note(String note) {
    return new Evidence(null, null, null, null, null, null, note);
  }

  /** A failure that no single exchange shows, e.g. ids missing across pages. */
  public static Evidence expected(String expected) {
    return new Evidence(null, null, null, null, null, expected, null);
  }

  /** The same evidence, with another statement of what was expected. */
  public Evidence expecting(String other) {
    return new Evidence(request, headers, status, bodyExcerpt, error, other, note);
  }

  /** One line for consoles and logs. */
  public String summary() {
    StringBuilder out = new StringBuilder();
    if (request != null) {
      out.append(request).append(" -> ").append(status != null ? status : "no answer: " + error);
    }
    if (expected != null) {
      out.append(out.length() > 0 ? "; " : "").append("expected ").append(expected);
    }
    if (note != null) {
      out.append(out.length() > 0 ? "; " : "").append(note);
    }
    return out.toString();
  }
}
