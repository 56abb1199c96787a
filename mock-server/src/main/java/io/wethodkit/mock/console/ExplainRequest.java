package io.wethodkit.mock.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.contract.HeaderRules;
import io.wethodkit.mock.endpoint.Authenticator;
import io.wethodkit.mock.endpoint.EndpointRequest;
import io.wethodkit.mock.store.InvalidDataException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A call to explain, as the console made it: the {@code Authorization}, company and version header
 * values (null when not sent) and the raw query string.
 */
record ExplainRequest(String authorization, String company, String version, String query) {

  /** Reads {@code {"authorization", "company", "version", "query"}}; every member is optional. */
  static ExplainRequest read(JsonNode body) {
    if (!body.isObject()) {
      throw new InvalidDataException("body", "must be a JSON object");
    }
    return new ExplainRequest(
        text(body, "authorization"), text(body, "company"), text(body, "version"), query(body));
  }

  private static String text(JsonNode body, String name) {
    JsonNode value = body.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new InvalidDataException("body." + name, "must be a string or null");
    }
    return value.asText();
  }

  private static String query(JsonNode body) {
    String query = text(body, "query");
    if (query == null) {
      return "";
    }
    return query.startsWith("?") ? query.substring(1) : query;
  }

  /** The same request as the endpoint reads it. */
  EndpointRequest toEndpointRequest(HeaderRules headers) {
    Map<String, String> sent = new LinkedHashMap<>();
    if (authorization != null) {
      sent.put(Authenticator.HEADER, authorization);
    }
    if (company != null) {
      sent.put(headers.companyHeader(), company);
    }
    if (version != null) {
      sent.put(headers.versionHeader(), version);
    }
    return EndpointRequest.of(query, sent);
  }
}
