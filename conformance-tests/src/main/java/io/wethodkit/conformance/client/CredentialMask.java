package io.wethodkit.conformance.client;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Hides credentials in the headers that reports show: {@code Bearer tok…(masked)}. */
public final class CredentialMask {

  private static final String AUTHORIZATION = "Authorization";

  /** Scheme names sent alone hide nothing (they are what a wrong-scheme check sends). */
  private static final Set<String> SCHEMES = Set.of("bearer", "basic", "token");

  private CredentialMask() {}

  public static Map<String, String> headers(Map<String, String> headers) {
    Map<String, String> masked = new LinkedHashMap<>();
    headers.forEach(
        (name, value) ->
            masked.put(name, AUTHORIZATION.equalsIgnoreCase(name) ? authorization(value) : value));
    return masked;
  }

  /** Keeps the scheme and at most three characters of the credential (fewer when it is short). */
  public static String authorization(String value) {
    if (value == null) {
      return null;
    }
    if (SCHEMES.contains(value.trim().toLowerCase(Locale.ROOT))) {
      return value;
    }
    int space = value.indexOf(' ');
    String scheme = space < 0 ? "" : value.substring(0, space + 1);
    String credential = space < 0 ? value : value.substring(space + 1);
    if (credential.isEmpty()) {
      return value;
    }
    int shown = Math.min(3, credential.length() / 2);
    return scheme + credential.substring(0, shown) + "…(masked)";
  }
}
