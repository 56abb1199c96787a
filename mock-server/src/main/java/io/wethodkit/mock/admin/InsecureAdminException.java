package io.wethodkit.mock.admin;

/** The admin API would be unprotected where it must not be, or its token is unusable. */
public final class InsecureAdminException extends RuntimeException {
  public InsecureAdminException(String message) {
    super(message);
  }
}
