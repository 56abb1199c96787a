package io.wethodkit.mock.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One project exactly as the list renders it: an ordered JSON object, kept private and never
 * changed, with its rendered bytes computed once so that a page is a concatenation.
 */
public final class Project {

  /** Project properties that the mock itself reads or stamps (the contract's Project schema). */
  public static final String ID = "id";

  public static final String CREATED_AT = "created_at";
  public static final String UPDATED_AT = "updated_at";

  private static final int DATE_LENGTH = "YYYY-MM-DD".length();

  private final ObjectNode json;
  private final long id;
  private final byte[] bytes;

  /** The date and date-time fields, parsed once: filters compare them on every request. */
  private final Map<String, LocalDate> dates = new HashMap<>();

  private final Map<String, Instant> instants = new HashMap<>();

  private Project(ObjectNode json) {
    this.json = json;
    this.id = json.path(ID).asLong();
    this.bytes = Json.bytes(json);
    json.fields()
        .forEachRemaining(
            field -> {
              if (field.getValue().isTextual()) {
                parse(field.getKey(), field.getValue().textValue());
              }
            });
  }

  private void parse(String name, String text) {
    try {
      if (text.length() == DATE_LENGTH) {
        dates.put(name, LocalDate.parse(text));
      } else if (text.length() > DATE_LENGTH && text.charAt(DATE_LENGTH) == 'T') {
        instants.put(name, OffsetDateTime.parse(text).toInstant());
      }
    } catch (DateTimeParseException notADate) {
      // A text field that is not a date; filters on it never match.
    }
  }

  /** A project of the given JSON (copied); it must carry an integer {@code id}. */
  public static Project of(ObjectNode json) {
    JsonNode id = json.get(ID);
    if (id == null || !id.canConvertToExactIntegral() || !id.canConvertToLong()) {
      throw new InvalidDataException(ID, "must be an integer");
    }
    return new Project(json.deepCopy());
  }

  public long id() {
    return id;
  }

  /**
   * The value of {@code name}; a JSON null when the project has none. Value nodes are immutable.
   */
  public JsonNode field(String name) {
    JsonNode node = json.get(name);
    return node == null ? NullNode.getInstance() : node;
  }

  public boolean isNull(String name) {
    return field(name).isNull();
  }

  /** The instant of a date-time field, empty when it is null or not a date-time. */
  public Optional<Instant> instant(String name) {
    return Optional.ofNullable(instants.get(name));
  }

  /** The date of a date field ({@code YYYY-MM-DD}), empty when it is null or not a date. */
  public Optional<LocalDate> date(String name) {
    return Optional.ofNullable(dates.get(name));
  }

  /** A copy of the JSON object, free to change. */
  public ObjectNode json() {
    return json.deepCopy();
  }

  /** The rendered JSON (UTF-8). Shared: callers must not change the array. */
  public byte[] jsonBytes() {
    return bytes;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Project that && json.equals(that.json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return json.toString();
  }
}
