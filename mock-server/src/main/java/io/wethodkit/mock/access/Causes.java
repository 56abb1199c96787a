package io.wethodkit.mock.access;

/**
 * The causes the emulation tells apart; each names an entry of the contract's {@code
 * x-error-causes}, whose message the answer carries.
 */
public final class Causes {
  public static final String MISSING_AUTHORIZATION = "missing-authorization";
  public static final String WRONG_SCHEME = "wrong-scheme";
  public static final String UNKNOWN_TOKEN = "unknown-token";
  public static final String MISSING_COMPANY = "missing-company";
  public static final String MISSING_VERSION = "missing-version";
  public static final String MALFORMED_VERSION = "malformed-version";
  public static final String UNSUPPORTED_VERSION = "unsupported-version";
  public static final String NO_COMPANY_ACCESS = "no-company-access";
  public static final String NO_PERMISSION = "no-permission";

  private Causes() {}
}
