package io.wethodkit.conformance.seeded;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A query string as sent, split into its parameters, for reading golden cases. */
public record RawQuery(List<Entry> entries) {

  /** One {@code name=value} piece: its raw text and its decoded value (empty when malformed). */
  public record Entry(String name, String rawValue, Optional<String> value, boolean hasEquals) {}

  public static RawQuery parse(String query) {
    List<Entry> entries = new ArrayList<>();
    if (query != null && !query.isEmpty()) {
      for (String piece : query.split("&", -1)) {
        if (piece.isEmpty()) {
          continue;
        }
        int equals = piece.indexOf('=');
        String rawName = equals < 0 ? piece : piece.substring(0, equals);
        String rawValue = equals < 0 ? "" : piece.substring(equals + 1);
        String name = decode(rawName).orElse(rawName);
        entries.add(new Entry(name, rawValue, decode(rawValue), equals >= 0));
      }
    }
    return new RawQuery(List.copyOf(entries));
  }

  public List<Entry> named(String name) {
    return entries.stream().filter(e -> e.name().equals(name)).toList();
  }

  public Optional<String> value(String name) {
    List<Entry> named = named(name);
    return named.size() == 1 ? named.get(0).value() : Optional.empty();
  }

  /**
   * Form decoding: {@code %XX} escapes, {@code +} as a space; empty when an escape is malformed.
   */
  static Optional<String> decode(String raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        int high = Character.digit(raw.charAt(i + 1), 16);
        int low = Character.digit(raw.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return Optional.empty();
        }
        out.write(high * 16 + low);
        i += 3;
      } else {
        int end = i;
        while (end < raw.length() && raw.charAt(end) != '%') {
          end++;
        }
        byte[] bytes = raw.substring(i, end).replace('+', ' ').getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        i = end;
      }
    }
    return Optional.of(out.toString(StandardCharsets.UTF_8));
  }
}
