package io.wethodkit.contract.prism;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP answer as received.
 *
 * @param status the status code
 * @param headers the headers, names in lower case
 * @param body the body bytes
 */
record Reply(int status, Map<String, List<String>> headers, byte[] body) {

  /** The first value of header {@code name}, or null. */
  String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
