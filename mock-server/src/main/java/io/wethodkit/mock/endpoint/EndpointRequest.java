package io.wethodkit.mock.endpoint;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A request to the list endpoint as the emulation reads it: the raw query and the headers. */
public interface EndpointRequest {

  /** The query string exactly as it came on the wire (still percent-encoded), empty if none. */
  String rawQuery();

  /** The first value of header {@code name} (case-insensitive), or null when absent. */
  String header(String name);

  /** The request's method: {@code GET}, or {@code HEAD} for the answer's head only. */
  default String method() {
    return "GET";
  }

  /** A request of a raw query and headers, e.g. for unit tests. */
  static EndpointRequest of(String rawQuery, Map<String, String> headers) {
    Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    String query = rawQuery == null ? "" : rawQuery;
    return new EndpointRequest() {
      @Override
      public String rawQuery() {
        return query;
      }

      @Override
      public String header(String name) {
        return copy.get(name);
      }

      @Override
      public String toString() {
        return "?" + query + " " + copy.keySet().toString().toLowerCase(Locale.ROOT);
      }
    };
  }
}
