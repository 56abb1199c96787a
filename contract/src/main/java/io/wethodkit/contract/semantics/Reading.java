package io.wethodkit.contract.semantics;

import java.util.Objects;

/** What reading one value of a request gave: the value, or why it is invalid and how. */
public record Reading<T>(T value, String failure, FieldFailure.Kind kind) {

  public static <T> Reading<T> of(T value) {
    return new Reading<>(Objects.requireNonNull(value, "value"), null, null);
  }

  public static <T> Reading<T> failure(String message) {
    return failure(message, FieldFailure.Kind.INVALID);
  }

  public static <T> Reading<T> failure(String message, FieldFailure.Kind kind) {
    return new Reading<>(
        null, Objects.requireNonNull(message, "message"), Objects.requireNonNull(kind, "kind"));
  }

  public boolean ok() {
    return failure == null;
  }
}
