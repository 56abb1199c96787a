package io.wethodkit.mock.endpoint;

import io.wethodkit.contract.ErrorAnswer;
import io.wethodkit.contract.semantics.FieldFailure;
import java.util.List;

/**
 * Why the endpoint refuses a request: the status, the contract's error key, the cause (one of the
 * contract's {@code x-error-causes}, or {@code invalid-data} for a 400), the message and, for a
 * 400, the failures.
 */
public record Refusal(
    int status, String key, String cause, String message, List<FieldFailure> failures) {

  /** The cause of every 400. */
  public static final String INVALID_DATA = "invalid-data";

  public Refusal {
    failures = List.copyOf(failures);
  }

  /** The refusal of a contract error answer for one of its causes. */
  public static Refusal of(ErrorAnswer answer, String cause) {
    return new Refusal(answer.status(), answer.key(), cause, answer.messageFor(cause), List.of());
  }

  /** The 400 listing {@code failures}. */
  public static Refusal invalid(ErrorAnswer answer, List<FieldFailure> failures) {
    return new Refusal(answer.status(), answer.key(), INVALID_DATA, answer.message(), failures);
  }

  public Refusal withFailures(List<FieldFailure> replaced) {
    return new Refusal(status, key, cause, message, replaced);
  }

  public Refusal withStatus(int replaced) {
    return new Refusal(replaced, key, cause, message, failures);
  }
}
