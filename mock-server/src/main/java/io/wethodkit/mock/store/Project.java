package io.wethodkit.mock.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * One project exactly as the list renders it, held as its rendered JSON bytes only: a page is a
 * concatenation, and a million projects fit in memory. A stored project is a view of its {@link
 * Segment}'s bytes, made when asked for. Filters read the typed values from the columns of the
 * segment; the field accessors here parse the bytes and serve the rarer callers (the admin API,
 * replaced endpoint parts).
 */
public final class Project {

  /** Project properties that the mock itself reads or stamps (the contract's Project schema). */
  public static final String ID = "id";

  public static final String CREATED_AT = "created_at";
  public static final String UPDATED_AT = "updated_at";

  private final long id;
  private final byte[] source;
  private final int offset;
  private final int length;

  private Project(long id, byte[] source, int offset, int length) {
    this.id = id;
    this.source = source;
    this.offset = offset;
    this.length = length;
  }

  /** The project {@code id} rendered in {@code source[offset, offset + length)}, not copied. */
  static Project view(long id, byte[] source, int offset, int length) {
    return new Project(id, source, offset, length);
  }

  /** A project of the given JSON (rendered once); it must carry an integer {@code id}. */
  public static Project of(ObjectNode json) {
    JsonNode id = json.get(ID);
    if (id == null || !id.canConvertToExactIntegral() || !id.canConvertToLong()) {
      throw new InvalidDataException(ID, "must be an integer");
    }
    byte[] bytes = Json.bytes(json);
    return new Project(id.asLong(), bytes, 0, bytes.length);
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

  /**
   * Whether one of the project's fields is named {@code prefix...}. Reads the stored bytes without
   * parsing them: in compact JSON, a {@code "} right after {@code {} or {@code ,} starts a field
   * name (inside a string it would be escaped).
   */
  public boolean hasFieldStartingWith(String prefix) {
    byte[] name = ("\"" + prefix).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int end = offset + length - name.length;
    for (int at = offset + 1; at <= end; at++) {
      byte before = source[at - 1];
      if ((before == '{' || before == ',')
          && Arrays.equals(source, at, at + name.length, name, 0, name.length)) {
        return true;
      }
    }
    return false;
  }

  /** A copy of the JSON object, free to change. */
  public ObjectNode json() {
    return (ObjectNode) Json.parse(source, offset, length, "project " + id);
  }

  /** The rendered JSON (UTF-8). May be shared: callers must not change the array. */
  public byte[] jsonBytes() {
    return offset == 0 && length == source.length
        ? source
        : Arrays.copyOfRange(source, offset, offset + length);
  }

  /** The length of the rendered JSON in bytes. */
  public int jsonLength() {
    return length;
  }

  /** Copies the rendered JSON into {@code target} from {@code at}. */
  public void copyJson(byte[] target, int at) {
    System.arraycopy(source, offset, target, at, length);
  }

  /** Packs the rendered JSON by {@code codec} into {@code out}. */
  void pack(RowCodec codec, RowCodec.ByteSink out) {
    codec.pack(source, offset, length, out);
  }

  /** A parser of the rendered JSON, reading the stored bytes in place. */
  JsonParser jsonParser() throws IOException {
    return Json.MAPPER.getFactory().createParser(source, offset, length);
  }

  /** Writes the rendered JSON to {@code out}. */
  public void writeJson(OutputStream out) throws IOException {
    out.write(source, offset, length);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Project that
        && id == that.id
        && (Arrays.equals(
                source,
                offset,
                offset + length,
                that.source,
                that.offset,
                that.offset + that.length)
            || json().equals(that.json()));
  }

  @Override
  public int hashCode() {
    return Long.hashCode(id);
  }

  @Override
  public String toString() {
    return new String(source, offset, length, java.nio.charset.StandardCharsets.UTF_8);
  }
}
