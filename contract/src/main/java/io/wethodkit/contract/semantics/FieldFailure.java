package io.wethodkit.contract.semantics;

/** One entry of a 400's {@code failures}: the parameter and what is wrong with it. */
public record FieldFailure(String field, String message) {}
