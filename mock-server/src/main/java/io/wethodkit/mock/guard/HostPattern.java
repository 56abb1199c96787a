package io.wethodkit.mock.guard;

/**
 * A host name the mock answers to besides IP literals and {@code localhost}: a name ({@code mock}),
 * a domain with its subdomains ({@code .example.test}), or any name ({@code *}, which turns the
 * {@code Host} check off).
 */
public final class HostPattern {

  private final String text;
  private final String name;
  private final boolean subdomains;

  private HostPattern(String text, String name, boolean subdomains) {
    this.text = text;
    this.name = name;
    this.subdomains = subdomains;
  }

  /**
   * Reads one {@code --allowed-host} value.
   *
   * @throws IllegalArgumentException when it is not a host name (a port, a scheme or a path is
   *     refused rather than ignored)
   */
  public static HostPattern parse(String value) {
    String text = value == null ? "" : value.strip();
    if (text.equals("*")) {
      return new HostPattern(text, null, true);
    }
    boolean subdomains = text.startsWith(".");
    String name = HostName.normalizeName(subdomains ? text.substring(1) : text);
    if (name == null || name.startsWith(".") || name.contains("..")) {
      throw new IllegalArgumentException(
          "'"
              + value
              + "' is not a host name: give a name as it appears in the Host header, without"
              + " scheme or port (mock, mock.example.test), a domain and its subdomains"
              + " (.example.test), or * for any name.");
    }
    return new HostPattern(text, name, subdomains);
  }

  /** Whether a normalized host (see {@link HostName}) matches. */
  boolean matches(String host) {
    if (name == null) {
      return true;
    }
    if (host.equals(name)) {
      return true;
    }
    return subdomains
        && host.length() > name.length()
        && host.endsWith(name)
        && host.charAt(host.length() - name.length() - 1) == '.';
  }

  /** As given, e.g. {@code .example.test}. */
  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HostPattern that && text.equalsIgnoreCase(that.text);
  }

  @Override
  public int hashCode() {
    return text.toLowerCase(java.util.Locale.ROOT).hashCode();
  }
}
