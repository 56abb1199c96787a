package io.wethodkit.mock.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.fixtures.read.JsonSyntax;
import java.io.IOException;

/**
 * The one Jackson mapper of the mock, and the conversions that turn checked exceptions into
 * answers.
 */
public final class Json {

  /** Shared and thread-safe once configured. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** The compact UTF-8 bytes of {@code node}. */
  public static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  /** The pretty-printed text of {@code node}. */
  public static String pretty(JsonNode node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  /**
   * Parses {@code bytes}; a syntax error becomes an {@link InvalidDataException} naming {@code
   * where}.
   */
  public static JsonNode parse(byte[] bytes, String where) {
    return parse(bytes, 0, bytes == null ? 0 : bytes.length, where);
  }

  /** Parses {@code length} bytes of {@code bytes} from {@code offset}, as {@link #parse}. */
  public static JsonNode parse(byte[] bytes, int offset, int length, String where) {
    if (bytes == null || length == 0) {
      throw new InvalidDataException(where, "is empty; a JSON document is expected");
    }
    try {
      JsonNode node = MAPPER.readTree(bytes, offset, length);
      if (node == null || node.isMissingNode()) {
        throw new InvalidDataException(where, "is empty; a JSON document is expected");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new InvalidDataException(where, JsonSyntax.problem(e));
    } catch (IOException e) {
      throw new InvalidDataException(where, "cannot be read: " + e.getMessage());
    }
  }

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }
}
