package io.wethodkit.mock.admin.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import io.wethodkit.mock.store.InvalidDataException;
import io.wethodkit.mock.store.Json;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** One admin call: its path parameters, query and body. */
public final class AdminCall {

  private final PathParams params;
  private final Request request;

  AdminCall(PathParams params, Request request) {
    this.params = params;
    this.request = request;
  }

  /** The value of a path parameter of the route's template, percent-decoded. */
  public String param(String name) {
    String raw = params.get(name);
    try {
      // A path segment: '+' is a plus, not a space as in a form.
      return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidDataException(name, "'" + raw + "' is not a percent-encoded path segment");
    }
  }

  /** The {@code {id}} path parameter, a project id. */
  public long id() {
    String id = param("id");
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new InvalidDataException("id", "'" + id + "' is not a project id (an integer)");
    }
  }

  /** The first value of a query parameter, if sent. */
  public Optional<String> query(String name) {
    QueryParameter parameter = request.queryParameter(name);
    return parameter == null || !parameter.isPresent()
        ? Optional.empty()
        : Optional.of(parameter.firstValue());
  }

  /** The body as JSON; invalid JSON is invalid data. */
  public JsonNode body() {
    return Json.parse(request.getBody(), "body");
  }

  /** The body as a JSON object of the caller's own (a copy, free to change). */
  public ObjectNode objectBody() {
    return object(body(), "body");
  }

  /** {@code node} as a JSON object of the caller's own, or invalid data at {@code where}. */
  public static ObjectNode object(JsonNode node, String where) {
    if (node == null || !node.isObject()) {
      throw new InvalidDataException(where, "must be a JSON object");
    }
    return ((ObjectNode) node).deepCopy();
  }
}
