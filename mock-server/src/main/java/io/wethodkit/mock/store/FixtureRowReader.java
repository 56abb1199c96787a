package io.wethodkit.mock.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.wethodkit.contract.schema.ScalarRules;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reads one project of a fixture file with a streaming parser straight into a segment: each field
 * checked as it is met (fixture schema, contract schema, the store's forms, the company's
 * metadata), its value rendered as the store renders it, the normalized project packed and its
 * indexed values set. No JSON tree. When a project fails a check, or holds what only the checked
 * way normalizes (a repeated field, an object value), {@link #read} says no and writes nothing: the
 * caller passes it the checked way, which names the problem. One per thread.
 */
final class FixtureRowReader {

  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  /** A metadata field met without a value. */
  private static final int DROPPED = -2;

  private final FixtureRowRules rules;

  /** The rendered values of one project. */
  private final RowBytes.Packed scratch = new RowBytes.Packed(1 << 12);

  private final JsonGenerator values;

  /** Per property slot: where its rendered value starts and ends in the scratch; -1: absent. */
  private final int[] starts;

  private final int[] ends;

  /** Per metadata definition: where its value lies; -1: absent, DROPPED: without value. */
  private final int[] metadataStarts;

  private final int[] metadataEnds;

  private long id;
  private boolean hasId;

  /**
   * Whether the fields met so far came in the stored order (the properties in the contract's, then
   * metadata by id), and which property and definition may come next in that order.
   */
  private boolean canonical;

  private int nextSlot;
  private int nextDefinition;

  /** The field met last at each position of an object. */
  private final FixtureRowRules.Field[] expected = new FixtureRowRules.Field[64];

  private final String[] knownNames = new String[256];
  private final FixtureRowRules.Field[] knownFields = new FixtureRowRules.Field[256];

  /** The buffer where this thread's segments pack their chunks, one segment at a time. */
  private final RowBytes.Packed chunk = new RowBytes.Packed(1 << 16);

  FixtureRowReader(FixtureRowRules rules) {
    this.rules = rules;
    try {
      this.values = Json.MAPPER.getFactory().createGenerator(scratch);
    } catch (IOException e) {
      throw new IllegalStateException("a generator of a byte stream always opens", e);
    }
    values.setRootValueSeparator(null);
    this.starts = new int[rules.properties()];
    this.ends = new int[rules.properties()];
    this.metadataStarts = new int[rules.definitions()];
    this.metadataEnds = new int[rules.definitions()];
  }

  /** The buffer where the segments this reader fills pack their chunks. */
  RowBytes.Packed chunk() {
    return chunk;
  }

  /**
   * Reads the project whose first token {@code parser} is at (an object's start) to its last token
   * into a new row of {@code out}; false, with nothing added, when it must take the checked way.
   *
   * @throws IOException when the item is not valid JSON
   */
  boolean read(JsonParser parser, PackedSegmentBuilder out) throws IOException {
    Arrays.fill(starts, -1);
    Arrays.fill(metadataStarts, -1);
    scratch.size = 0;
    nextSlot = 0;
    nextDefinition = 0;
    canonical = true;
    hasId = false;
    out.begin();
    boolean fieldsRead = fields(parser, out);
    if (!fieldsRead) {
      skipRest(parser);
    }
    boolean read = fieldsRead && complete(out);
    values.flush();
    if (!read) {
      out.abandon();
      return false;
    }
    if (canonical && nextSlot == starts.length) {
      // Fields in the stored order, each written after its code: already packed.
      out.sink().write(scratch.bytes, 0, scratch.size);
    } else {
      pack(out.sink());
    }
    out.end(id);
    return true;
  }

  private boolean fields(JsonParser parser, PackedSegmentBuilder out) throws IOException {
    for (int position = 0; ; position++) {
      // The fields of a file come in the same order project after project: the name met last
      // at this position is most likely next, and the parser compares its bytes at once.
      boolean guessed = position < expected.length && expected[position] != null;
      FixtureRowRules.Field field;
      if (guessed && parser.nextFieldName(expected[position].name())) {
        field = expected[position];
      } else {
        JsonToken token = guessed ? parser.currentToken() : parser.nextToken();
        if (token != JsonToken.FIELD_NAME) {
          return token == JsonToken.END_OBJECT;
        }
        field = field(parser.currentName());
        if (position < expected.length) {
          expected[position] = field;
        }
      }
      JsonToken token = parser.nextToken();
      if (!field.checks().nameAllowed() || !accepted(parser, token, field.checks())) {
        return false;
      }
      switch (field.role()) {
        case PROPERTY -> {
          if (starts[field.slot()] >= 0 || !property(parser, token, field, out)) {
            return false;
          }
        }
        case METADATA -> {
          if (!metadata(parser, token, field, out)) {
            return false;
          }
        }
        default -> {
          return false;
        }
      }
    }
  }

  /**
   * The rules of the field {@code name} (names are interned by the parser: same name, same object).
   */
  private FixtureRowRules.Field field(String name) {
    int slot = System.identityHashCode(name) & (knownNames.length - 1);
    if (knownNames[slot] == name) {
      return knownFields[slot];
    }
    FixtureRowRules.Field field = rules.field(name);
    knownNames[slot] = name;
    knownFields[slot] = field;
    return field;
  }

  private boolean property(
      JsonParser parser, JsonToken token, FixtureRowRules.Field field, PackedSegmentBuilder out)
      throws IOException {
    int slot = field.slot();
    int column = field.column();
    FieldForm form = field.form();
    if (slot == nextSlot) {
      nextSlot++;
    } else {
      canonical = false;
    }
    code(rules.propertyCode(slot), rules.propertyText(slot));
    starts[slot] = position();
    switch (token) {
      case VALUE_STRING -> {
        String text = parser.getText();
        ScalarValue quick = null;
        if (form != null) {
          quick = ScalarValue.quick(text);
          if (!form.holdsText(text, quick)) {
            return false;
          }
        }
        if (column >= 0) {
          ScalarValue scalar = quick != null ? quick : ScalarValue.ofText(text);
          out.set(column, scalar.kind(), scalar.value());
        }
        values.writeString(text);
      }
      case VALUE_NUMBER_INT -> {
        if (form == FieldForm.DATE || form == FieldForm.DATE_TIME) {
          return false;
        }
        JsonParser.NumberType type = parser.getNumberType();
        if (type == JsonParser.NumberType.BIG_INTEGER) {
          if (slot == rules.idSlot()) {
            return false;
          }
          setOther(out, column);
          values.writeNumber(parser.getBigIntegerValue());
        } else {
          long value = parser.getLongValue();
          if (slot == rules.idSlot()) {
            id = value;
            hasId = true;
          }
          if (column >= 0) {
            out.set(column, ScalarValue.INTEGER, value);
          }
          if (type == JsonParser.NumberType.INT) {
            values.writeNumber((int) value);
          } else {
            values.writeNumber(value);
          }
        }
      }
      case VALUE_NULL -> {
        if (column >= 0) {
          out.set(column, ScalarValue.NULL, 0);
        }
        values.writeNull();
      }
      default -> {
        if (form != null) {
          return false;
        }
        setOther(out, column);
        scalar(parser, token);
      }
    }
    ends[slot] = position();
    return true;
  }

  private boolean metadata(
      JsonParser parser, JsonToken token, FixtureRowRules.Field field, PackedSegmentBuilder out)
      throws IOException {
    int slot = field.slot();
    if (slot >= 0) {
      if (metadataStarts[slot] != -1) {
        return false; // a repeated field: the last one counts, as the checked way reads it
      }
      metadataStarts[slot] = DROPPED;
    }
    if (token == JsonToken.VALUE_NULL
        || (token == JsonToken.VALUE_STRING && parser.getTextLength() == 0)) {
      return true; // no value: dropped
    }
    MetadataDefinition definition = field.definition();
    if (definition == null || token != JsonToken.VALUE_STRING) {
      return false;
    }
    String text = parser.getText();
    if (!definition.values().contains(text) || !field.contract().acceptsString(text)) {
      return false;
    }
    if (field.column() >= 0) {
      ScalarValue scalar = ScalarValue.ofText(text);
      out.set(field.column(), scalar.kind(), scalar.value());
    }
    if (nextSlot != starts.length || slot < nextDefinition) {
      canonical = false;
    }
    nextDefinition = slot + 1;
    code(rules.metadataCode(slot), rules.metadataText(slot));
    metadataStarts[slot] = position();
    values.writeString(text);
    metadataEnds[slot] = position();
    return true;
  }

  /** Moves past the end of the object whose field value {@code parser} is at. */
  private static void skipRest(JsonParser parser) throws IOException {
    parser.skipChildren(); // the value, when it is an object or an array
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
      if (token == null) {
        throw new IOException("the object is not closed");
      }
      parser.skipChildren();
    }
  }

  /** Whether the fixture's required properties are there and the absent ones may be null. */
  private boolean complete(PackedSegmentBuilder out) {
    for (int slot : rules.requiredSlots()) {
      if (starts[slot] < 0) {
        return false;
      }
    }
    for (int slot = 0; slot < starts.length; slot++) {
      if (starts[slot] < 0) {
        if (!rules.nullAllowed(slot)) {
          return false;
        }
        int column = rules.propertyColumn(slot);
        if (column >= 0) {
          out.set(column, ScalarValue.NULL, 0);
        }
      }
    }
    return hasId;
  }

  /** The normalized project: the properties in the contract's order, then the metadata by id. */
  private void pack(RowCodec.ByteSink sink) {
    byte[] bytes = scratch.bytes;
    for (int slot = 0; slot < starts.length; slot++) {
      field(sink, rules.propertyCode(slot), rules.propertyName(slot));
      if (starts[slot] < 0) {
        sink.write(NULL, 0, NULL.length);
      } else {
        sink.write(bytes, starts[slot], ends[slot] - starts[slot]);
      }
    }
    for (int slot = 0; slot < metadataStarts.length; slot++) {
      if (metadataStarts[slot] >= 0) {
        field(sink, rules.metadataCode(slot), rules.metadataName(slot));
        sink.write(bytes, metadataStarts[slot], metadataEnds[slot] - metadataStarts[slot]);
      }
    }
  }

  /** Writes a field's code (and, for a name without code, the name) before its value. */
  private void code(int code, String name) throws IOException {
    values.writeRaw((char) code);
    if (code == RowCodec.LITERAL) {
      values.writeRaw(name);
    }
  }

  private static void field(RowCodec.ByteSink sink, int code, byte[] name) {
    sink.write(code);
    if (code == RowCodec.LITERAL) {
      sink.write(name, 0, name.length);
    }
  }

  private static void setOther(PackedSegmentBuilder out, int column) {
    if (column >= 0) {
      out.set(column, ScalarValue.OTHER, 0);
    }
  }

  /** Writes a number with a fraction or a boolean as the store renders it. */
  private void scalar(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_NUMBER_FLOAT -> values.writeNumber(parser.getDoubleValue());
      case VALUE_TRUE -> values.writeBoolean(true);
      case VALUE_FALSE -> values.writeBoolean(false);
      default -> throw new IllegalStateException("not a scalar: " + token);
    }
  }

  /** Whether {@code rules} accept the value of {@code token}; objects and arrays never here. */
  private static boolean accepted(JsonParser parser, JsonToken token, ScalarRules rules)
      throws IOException {
    return switch (token) {
      case VALUE_STRING -> rules.acceptsString(parser.getText());
      case VALUE_NUMBER_INT ->
          parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
              ? rules.acceptsInteger(parser.getBigIntegerValue())
              : rules.acceptsInteger(parser.getLongValue());
      case VALUE_NUMBER_FLOAT -> rules.acceptsFraction();
      case VALUE_TRUE, VALUE_FALSE -> rules.acceptsBoolean();
      case VALUE_NULL -> rules.acceptsNull();
      default -> false;
    };
  }

  private int position() {
    return scratch.size + values.getOutputBuffered();
  }
}
