package io.wethodkit.mock.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.contract.TextForms;
import java.util.Optional;

/**
 * The form a stored Project field must have for the mock to read it as the contract's text forms
 * say: integers without fraction, dates and date-times exactly as filters write them.
 */
enum FieldForm {
  INTEGER("must be a JSON integer, without fraction or exponent (11, not 11.0)") {
    @Override
    boolean holds(JsonNode value) {
      return value.isIntegralNumber();
    }

    @Override
    boolean holdsText(String text, ScalarValue quick) {
      return false;
    }
  },
  DATE("must be a calendar date YYYY-MM-DD") {
    @Override
    boolean holds(JsonNode value) {
      return value.isTextual() && TextForms.date(value.textValue()).isPresent();
    }

    @Override
    boolean holdsText(String text, ScalarValue quick) {
      return (quick != null && quick.kind() == ScalarValue.DATE)
          || TextForms.date(text).isPresent();
    }
  },
  DATE_TIME(
      "must be a date-time YYYY-MM-DDTHH:MM:SS, optional fraction, then Z or +hh:mm/-hh:mm,"
          + " with upper-case T and Z (the form filters compare)") {
    @Override
    boolean holds(JsonNode value) {
      return value.isTextual() && TextForms.dateTime(value.textValue()).isPresent();
    }

    @Override
    boolean holdsText(String text, ScalarValue quick) {
      return (quick != null && quick.kind() == ScalarValue.INSTANT)
          || TextForms.dateTime(text).isPresent();
    }
  };

  private final String requirement;

  FieldForm(String requirement) {
    this.requirement = requirement;
  }

  abstract boolean holds(JsonNode value);

  /**
   * Whether the text value {@code text} holds, {@code quick} being what {@link ScalarValue#quick}
   * read of it (null for nothing): the shapes it reads are forms of the contract, so only the
   * others need the full check.
   */
  abstract boolean holdsText(String text, ScalarValue quick);

  String requirement() {
    return requirement;
  }

  /** The form that the property's schema (its {@code type} and {@code format}) asks for. */
  static Optional<FieldForm> of(JsonNode propertySchema) {
    String format = propertySchema.path("format").asText();
    if (format.equals("date-time")) {
      return Optional.of(DATE_TIME);
    }
    if (format.equals("date")) {
      return Optional.of(DATE);
    }
    JsonNode type = propertySchema.path("type");
    boolean integer =
        type.isTextual() ? type.asText().equals("integer") : contains(type, "integer");
    return integer ? Optional.of(INTEGER) : Optional.empty();
  }

  private static boolean contains(JsonNode array, String name) {
    for (JsonNode item : array) {
      if (item.asText().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
