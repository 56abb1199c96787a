package io.wethodkit.mock.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** Reads the top-level fields of a project's rendered JSON as {@link ScalarValue}s, streaming. */
final class ProjectScalars {

  private ProjectScalars() {}

  static Map<String, ScalarValue> read(Project project) {
    Map<String, ScalarValue> out = new LinkedHashMap<>();
    read(project, out::put);
    return out;
  }

  /** Hands each top-level field of {@code project} with its value to {@code visitor}. */
  static void read(Project project, BiConsumer<String, ScalarValue> visitor) {
    try (JsonParser parser = project.jsonParser()) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken token = parser.nextToken();
        visitor.accept(name, scalar(parser, token));
      }
    } catch (IOException e) {
      throw new IllegalStateException("a project's own rendering always parses", e);
    }
  }

  private static ScalarValue scalar(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_NULL:
        return new ScalarValue(ScalarValue.NULL, 0);
      case VALUE_NUMBER_INT:
        JsonParser.NumberType type = parser.getNumberType();
        if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
          return new ScalarValue(ScalarValue.INTEGER, parser.getLongValue());
        }
        return new ScalarValue(ScalarValue.OTHER, 0);
      case VALUE_STRING:
        return ScalarValue.ofText(parser.getText());
      case START_OBJECT:
      case START_ARRAY:
        parser.skipChildren();
        return new ScalarValue(ScalarValue.OTHER, 0);
      default:
        return new ScalarValue(ScalarValue.OTHER, 0);
    }
  }
}
