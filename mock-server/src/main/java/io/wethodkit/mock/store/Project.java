package io.wethodkit.mock.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;

/**
 * One project exactly as the list renders it, held as its rendered JSON bytes only: a page is a
 * concatenation, and a million projects fit in memory. Filters read the typed values from the
 * columns of the {@link Segment} that holds the project; the field accessors here parse the bytes
 * and serve the rarer callers (the admin API, replaced endpoint parts).
 */
public final class Project {

  /** Project properties that the mock itself reads or stamps (the contract's Project schema). */
  public static final String ID = "id";

  public static final String CREATED_AT = "created_at";
  public static final String UPDATED_AT = "updated_at";

  private static final int DATE_LENGTH = "YYYY-MM-DD".length();

  private final long id;
  private final byte[] bytes;

  private Project(long id, byte[] bytes) {
    this.id = id;
    this.bytes = bytes;
  }

  /** A project of the given JSON (rendered once); it must carry an integer {@code id}. */
  public static Project of(ObjectNode json) {
    JsonNode id = json.get(ID);
    if (id == null || !id.canConvertToExactIntegral() || !id.canConvertToLong()) {
      throw new InvalidDataException(ID, "must be an integer");
    }
    return new Project(id.asLong(), Json.bytes(json));
  }

  public long id() {
    return id;
  }

  /**
   * The value of {@code name}; a JSON null when the project has none. Parses the stored bytes: not
   * for per-request loops over many projects.
   */
  public JsonNode field(String name) {
    JsonNode node = json().get(name);
    return node == null ? NullNode.getInstance() : node;
  }

  public boolean isNull(String name) {
    return field(name).isNull();
  }

  /** The instant of a date-time field, empty when it is null or not a date-time. */
  public Optional<Instant> instant(String name) {
    JsonNode node = field(name);
    if (node.isTextual()
        && node.textValue().length() > DATE_LENGTH
        && node.textValue().charAt(DATE_LENGTH) == 'T') {
      try {
        return Optional.of(OffsetDateTime.parse(node.textValue()).toInstant());
      } catch (DateTimeException notADate) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The date of a date field ({@code YYYY-MM-DD}), empty when it is null or not a date. */
  public Optional<LocalDate> date(String name) {
    return ScalarValue.of(field(name)).date();
  }

  /** A copy of the JSON object, free to change. */
  public ObjectNode json() {
    return (ObjectNode) Json.parse(bytes, "project " + id);
  }

  /** The rendered JSON (UTF-8). Shared: callers must not change the array. */
  public byte[] jsonBytes() {
    return bytes;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Project that
        && id == that.id
        && (Arrays.equals(bytes, that.bytes) || json().equals(that.json()));
  }

  @Override
  public int hashCode() {
    return Long.hashCode(id);
  }

  @Override
  public String toString() {
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }
}
