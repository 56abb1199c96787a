package io.wethodkit.mock.endpoint;

/** The answer of a refusal (and of an unexpected failure, as a 500). */
@FunctionalInterface
public interface ErrorRenderer {
  Answer render(Refusal refusal);
}
