package io.wethodkit.mock.endpoint;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The result of one step of the endpoint: a value, or the refusal that ends the request. */
public final class Outcome<T> {

  private final T value;
  private final Refusal refusal;

  private Outcome(T value, Refusal refusal) {
    this.value = value;
    this.refusal = refusal;
  }

  public static <T> Outcome<T> ok(T value) {
    return new Outcome<>(Objects.requireNonNull(value, "value"), null);
  }

  public static <T> Outcome<T> refused(Refusal refusal) {
    return new Outcome<>(null, Objects.requireNonNull(refusal, "refusal"));
  }

  public boolean isOk() {
    return refusal == null;
  }

  /** The value; asking for it after a refusal is a programming error. */
  public T value() {
    if (refusal != null) {
      throw new IllegalStateException("refused: " + refusal);
    }
    return value;
  }

  public Optional<Refusal> refusal() {
    return Optional.ofNullable(refusal);
  }

  public <U> Outcome<U> map(Function<? super T, ? extends U> mapper) {
    return refusal == null ? Outcome.ok(mapper.apply(value)) : Outcome.refused(refusal);
  }

  @Override
  public String toString() {
    return refusal == null ? "ok(" + value + ")" : "refused(" + refusal + ")";
  }
}
