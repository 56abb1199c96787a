package io.wethodkit.contract.semantics;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A raw query string split into its parameters, in order, and form-decoded strictly ({@code +} is a
 * space, {@code %XX} a byte, the bytes UTF-8): a value that is not valid percent-encoding of UTF-8
 * text keeps no text, so that its parameter is refused rather than guessed at.
 */
public final class RawQuery {

  /**
   * One {@code name=value} piece.
   *
   * @param name the decoded name (the raw one when it does not decode)
   * @param rawValue the value as sent, still percent-encoded
   * @param text the decoded value, or null when it is not valid percent-encoded UTF-8
   * @param hasEquals whether the piece had an {@code =} at all
   */
  public record Parameter(String name, String rawValue, String text, boolean hasEquals) {

    public boolean decodable() {
      return text != null;
    }

    /** The decoded value, empty when it does not decode. */
    public Optional<String> value() {
      return Optional.ofNullable(text);
    }
  }

  private static final RawQuery EMPTY = new RawQuery(List.of());

  private final List<Parameter> parameters;

  private RawQuery(List<Parameter> parameters) {
    this.parameters = parameters;
  }

  /** Every parameter of {@code query} (without its {@code ?}); null reads as empty. */
  public static RawQuery parse(String query) {
    return parse(query, null);
  }

  /**
   * The parameters of {@code query} named in {@code names}; the others are dropped without their
   * values being decoded. A null {@code names} keeps every parameter.
   */
  public static RawQuery parse(String query, Set<String> names) {
    if (query == null || query.isEmpty()) {
      return EMPTY;
    }
    List<Parameter> found = null;
    int length = query.length();
    int start = 0;
    while (start <= length) {
      int end = query.indexOf('&', start);
      if (end < 0) {
        end = length;
      }
      if (end > start) {
        int eq = query.indexOf('=', start);
        boolean hasEquals = eq >= 0 && eq < end;
        String rawName = query.substring(start, hasEquals ? eq : end);
        String decodedName = decode(rawName);
        String name = decodedName == null ? rawName : decodedName;
        if (names == null || names.contains(name)) {
          String rawValue = hasEquals ? query.substring(eq + 1, end) : "";
          if (found == null) {
            found = new ArrayList<>(4);
          }
          found.add(new Parameter(name, rawValue, decode(rawValue), hasEquals));
        }
      }
      start = end + 1;
    }
    return found == null ? EMPTY : new RawQuery(List.copyOf(found));
  }

  public List<Parameter> parameters() {
    return parameters;
  }

  public boolean isEmpty() {
    return parameters.isEmpty();
  }

  /** The occurrences of {@code name}, in order; empty when it is absent. */
  public List<Parameter> named(String name) {
    List<Parameter> out = null;
    for (Parameter parameter : parameters) {
      if (parameter.name().equals(name)) {
        if (out == null) {
          out = new ArrayList<>(1);
        }
        out.add(parameter);
      }
    }
    return out == null ? List.of() : out;
  }

  /** Whether {@code name} appears at all. */
  public boolean has(String name) {
    for (Parameter parameter : parameters) {
      if (parameter.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The decoded value of {@code name} when it appears exactly once and decodes. */
  public Optional<String> value(String name) {
    List<Parameter> named = named(name);
    return named.size() == 1 ? named.get(0).value() : Optional.empty();
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
        char first = raw.charAt(i + 1);
        char second = raw.charAt(i + 2);
        int high = first > 0x7f ? -1 : Character.digit(first, 16);
        int low = second > 0x7f ? -1 : Character.digit(second, 16);
        if (high < 0 || low < 0) {
          return null;
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        if (Character.isSurrogate(c)) {
          return null;
        }
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
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

  @Override
  public String toString() {
    return parameters.toString();
  }
}
