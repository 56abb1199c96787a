package io.wethodkit.contract.semantics;

import java.util.Objects;

/** What reading one value of a request gave: the value, or why it is invalid. */
public record Reading<T>(T value, String failure) {

  public static <T> Reading<T> of(T value) {
    return new Reading<>(Objects.requireNonNull(value, "value"), null);
  }

  public static <T> Reading<T> failure(String message) {
    return new Reading<>(null, Objects.requireNonNull(message, "message"));
  }

  public boolean ok() {
    return failure == null;
  }
}
