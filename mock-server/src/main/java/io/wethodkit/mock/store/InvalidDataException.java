package io.wethodkit.mock.store;

/**
 * Data that the mock refuses (a fixture file, an admin request body): names where the problem is
 * and what it is, so that the message alone tells the user what to fix.
 */
public class InvalidDataException extends RuntimeException {

  private final String where;
  private final String problem;

  public InvalidDataException(String where, String problem) {
    super(where + ": " + problem);
    this.where = where;
    this.problem = problem;
  }

  /**
   * The file or the JSON location of the problem, e.g. {@code projects/acme.json[3].probability}.
   */
  public String where() {
    return where;
  }

  public String problem() {
    return problem;
  }
}
