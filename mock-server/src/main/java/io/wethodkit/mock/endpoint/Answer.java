package io.wethodkit.mock.endpoint;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the endpoint sends back: status, headers (in order) and body bytes. */
public record Answer(int status, Map<String, String> headers, byte[] body) {

  public Answer {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** A copy with header {@code name} set (replacing a header of the same name, any case). */
  public Answer withHeader(String name, String value) {
    Map<String, String> next = new LinkedHashMap<>();
    headers.forEach(
        (key, old) -> {
          if (!key.equalsIgnoreCase(name)) {
            next.put(key, old);
          }
        });
    next.put(name, value);
    return new Answer(status, next, body);
  }

  public Answer withStatus(int replaced) {
    return new Answer(replaced, headers, body);
  }

  public Answer withBody(byte[] replaced) {
    return new Answer(status, headers, replaced);
  }

  /** The header {@code name} (any case), or null. */
  public String header(String name) {
    for (Map.Entry<String, String> entry : headers.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
