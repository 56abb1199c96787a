package io.wethodkit.mock.client;

/**
 * The admin API refused a call (the status and the error body it answered), or could not be reached
 * (status 0).
 */
public final class MockAdminException extends RuntimeException {

  private final int status;
  private final String key;

  public MockAdminException(int status, String key, String message) {
    super(message);
    this.status = status;
    this.key = key;
  }

  /** The HTTP status of the answer; 0 when no answer came. */
  public int status() {
    return status;
  }

  /**
   * The {@code key} of the error body, e.g. {@code invalid_data}, {@code not_found}, or {@code
   * unauthorized} for a missing or wrong admin token.
   */
  public String key() {
    return key;
  }
}
