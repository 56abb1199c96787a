package io.wethodkit.conformance.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request to the list endpoint: the query string exactly as it goes on the wire (already
 * percent-encoded, without the {@code ?}) and the headers sent, in order. A header that is not in
 * {@link #headers()} is not sent.
 */
public record TargetRequest(String rawQuery, Map<String, String> headers) {

  public TargetRequest {
    rawQuery = rawQuery == null ? "" : rawQuery;
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  public static TargetRequest of(Map<String, String> headers) {
    return new TargetRequest("", headers);
  }

  public TargetRequest withQuery(String raw) {
    return new TargetRequest(raw, headers);
  }

  public TargetRequest withQuery(QueryString query) {
    return new TargetRequest(query.toString(), headers);
  }

  public TargetRequest withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.remove(name);
    copy.put(name, value);
    return new TargetRequest(rawQuery, copy);
  }

  public TargetRequest withoutHeader(String name) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.keySet().removeIf(key -> key.equalsIgnoreCase(name));
    return new TargetRequest(rawQuery, copy);
  }
}
