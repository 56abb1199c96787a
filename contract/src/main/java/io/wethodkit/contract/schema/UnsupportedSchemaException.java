package io.wethodkit.contract.schema;

/** A schema uses a keyword that {@link ScalarObjectSchema} does not evaluate. */
final class UnsupportedSchemaException extends RuntimeException {
  UnsupportedSchemaException(String message) {
    super(message, null, false, false);
  }
}
