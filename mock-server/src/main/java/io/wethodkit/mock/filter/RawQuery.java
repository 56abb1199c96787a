package io.wethodkit.mock.filter;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A raw query string split into parameters and form-decoded ({@code +} is a space, {@code %XX} a
 * byte, bytes UTF-8), strictly: a value that is not valid percent-encoding or not UTF-8 is kept as
 * undecodable, so that its parameter gets a 400 instead of a guess.
 */
public final class RawQuery {

  /** One occurrence of a parameter; {@code text} is null when the raw value cannot be decoded. */
  public record Value(String raw, String text) {
    public boolean decodable() {
      return text != null;
    }
  }

  private RawQuery() {}

  /**
   * The occurrences of each parameter of {@code names} in {@code query}; other names are dropped.
   */
  public static Map<String, List<Value>> parse(String query, Set<String> names) {
    Map<String, List<Value>> out = new HashMap<>();
    if (query == null || query.isEmpty()) {
      return out;
    }
    int start = 0;
    int length = query.length();
    while (start <= length) {
      int end = query.indexOf('&', start);
      if (end < 0) {
        end = length;
      }
      if (end > start) {
        String pair = query.substring(start, end);
        int eq = pair.indexOf('=');
        String rawName = eq < 0 ? pair : pair.substring(0, eq);
        String name = decode(rawName);
        if (name != null && names.contains(name)) {
          String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
          out.computeIfAbsent(name, n -> new ArrayList<>(1))
              .add(new Value(rawValue, decode(rawValue)));
        }
      }
      start = end + 1;
    }
    return out;
  }

  /** The form-decoded text of {@code raw}, or null when it is not valid percent-encoded UTF-8. */
  public static String decode(String raw) {
    boolean plain = true;
    for (int i = 0; i < raw.length() && plain; i++) {
      char c = raw.charAt(i);
      plain = c != '%' && c != '+' && c < 0x80;
    }
    if (plain) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        if (i + 2 >= raw.length()) {
          return null;
        }
        int high = Character.digit(raw.charAt(i + 1), 16);
        int low = Character.digit(raw.charAt(i + 2), 16);
        if (high < 0 || low < 0 || raw.charAt(i + 1) > 0x7f || raw.charAt(i + 2) > 0x7f) {
          return null;
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isSurrogate(c)) {
          return null;
        }
        bytes.write(encoded, 0, encoded.length);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
