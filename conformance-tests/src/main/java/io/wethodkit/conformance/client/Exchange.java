package io.wethodkit.conformance.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request sent to the target and what came back: the evidence a verdict rests on. The request
 * headers are kept with their credentials masked; {@code status} is -1 when no answer came ({@code
 * error} then says why).
 *
 * @param requestLine e.g. {@code GET /api/projects?limit=1 HTTP/1.1}
 * @param requestHeaders the headers sent, credentials masked
 * @param status the answer's status, or -1
 * @param responseHeaders the answer's headers (names lower-case)
 * @param body the answer's body as text
 * @param error why no answer came, or null
 * @param millis how long the exchange took
 */
public record Exchange(
    String requestLine,
    Map<String, String> requestHeaders,
    int status,
    Map<String, List<String>> responseHeaders,
    String body,
    String error,
    long millis) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public boolean answered() {
    return status >= 0;
  }

  /** The first value of a response header, looked up case-insensitively. */
  public Optional<String> header(String name) {
    List<String> values = responseHeaders.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The body parsed as JSON, or empty when it is not JSON. */
  public Optional<JsonNode> json() {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(JSON.readTree(body));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The {@code key} of an error body, if the body is a JSON object holding a string key. */
  public Optional<String> errorKey() {
    return json().map(node -> node.get("key")).filter(JsonNode::isTextual).map(JsonNode::asText);
  }

  /** The start of the body, for reports. */
  public String bodyExcerpt(int max) {
    if (body == null) {
      return "";
    }
    return body.length() <= max ? body : body.substring(0, max) + "… (" + body.length() + " chars)";
  }

  /** One line that says what was sent and what came back. */
  public String summary() {
    return requestLine + " -> " + (answered() ? String.valueOf(status) : "no answer: " + error);
  }
}
