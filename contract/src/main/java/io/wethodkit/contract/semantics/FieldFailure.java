package io.wethodkit.contract.semantics;

import java.util.Objects;

/**
 * One entry of a 400's {@code failures}: the parameter, what is wrong with it, and which kind of
 * mistake that is (what a client's coverage tells apart; the answer shows field and message only).
 */
public record FieldFailure(String field, String message, Kind kind) {

  public FieldFailure {
    Objects.requireNonNull(kind, "kind");
  }

  /** A failure of the plain kind: a value that is not of the parameter's form. */
  public FieldFailure(String field, String message) {
    this(field, message, Kind.INVALID);
  }

  /** The kinds of mistake Interpretation 5 tells apart in a query string. */
  public enum Kind {
    /** A value that is not of the parameter's form or bounds. */
    INVALID("invalid"),
    /** The parameter given more than once. */
    REPEATED("repeated"),
    /** The parameter given with an empty value. */
    EMPTY("empty"),
    /** A value that is not valid percent-encoding of UTF-8 text. */
    UNDECODABLE("undecodable"),
    /** A date-time whose offset's {@code +} was sent raw, and so read as a space. */
    PLUS_AS_SPACE("plus-as-space");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    /** Its name in lower-case words, e.g. {@code plus-as-space}. */
    public String id() {
      return id;
    }
  }
}
