package io.wethodkit.conformance.variants;

import java.util.ArrayList;
import java.util.List;

/** Reading and rewriting one parameter of a raw query, for the variants that tamper with it. */
final class QueryPieces {

  private QueryPieces() {}

  static boolean has(String raw, String name) {
    for (String piece : pieces(raw)) {
      if (piece.equals(name) || piece.startsWith(name + "=")) {
        return true;
      }
    }
    return false;
  }

  /** The parameter's value as a number, or null when absent or not a plain number. */
  static Long number(String raw, String name) {
    for (String piece : pieces(raw)) {
      if (piece.startsWith(name + "=")) {
        try {
          return Long.parseLong(piece.substring(name.length() + 1));
        } catch (NumberFormatException e) {
          return null;
        }
      }
    }
    return null;
  }

  /** The parameter's raw value, or null when absent. */
  static String value(String raw, String name) {
    for (String piece : pieces(raw)) {
      if (piece.startsWith(name + "=")) {
        return piece.substring(name.length() + 1);
      }
    }
    return null;
  }

  static String replace(String raw, String name, String value) {
    List<String> out = new ArrayList<>();
    for (String piece : pieces(raw)) {
      out.add(piece.startsWith(name + "=") ? name + "=" + value : piece);
    }
    return String.join("&", out);
  }

  private static List<String> pieces(String raw) {
    return raw == null || raw.isEmpty() ? List.of() : List.of(raw.split("&", -1));
  }
}
