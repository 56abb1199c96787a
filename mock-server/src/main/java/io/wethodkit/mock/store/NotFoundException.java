package io.wethodkit.mock.store;

/** A company, project or identity named by an admin request does not exist. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
