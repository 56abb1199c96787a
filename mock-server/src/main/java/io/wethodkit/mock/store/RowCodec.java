package io.wethodkit.mock.store;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the store packs a project's rendered JSON: each field's {@code "name":} becomes one byte, a
 * code below 0x20 (compact JSON never holds such a byte: control characters in strings are
 * escaped), and the braces and commas are left out. The names are two thirds of a project's bytes,
 * so a million projects take a third of the memory, and unpacking is a copy of runs.
 *
 * <p>A packed row is a sequence of fields, each a code then the value's bytes up to the next code
 * or the row's end. The codes below {@link #LITERAL} stand for the names of this codec; a field of
 * another name is {@link #LITERAL} followed by its {@code "name":value} as rendered. Immutable;
 * equal name lists share one codec.
 */
final class RowCodec {

  /** The code of a field whose name follows it in full. */
  static final int LITERAL = 0x1F;

  private static final Map<List<String>, RowCodec> SHARED = new ConcurrentHashMap<>();
  private static final int MAX_SHARED = 256;

  private static final byte[] OPEN = {'{'};

  /** Each name's rendering {@code "name":}, by code. */
  private final byte[][] names;

  private RowCodec(byte[][] names) {
    this.names = names;
  }

  /** The codec of {@code names} (the first {@link #LITERAL} of them get codes). */
  static RowCodec of(List<String> names) {
    List<String> coded = List.copyOf(names.subList(0, Math.min(LITERAL, names.size())));
    RowCodec shared = SHARED.get(coded);
    if (shared != null) {
      return shared;
    }
    byte[][] rendered = new byte[coded.size()][];
    for (int i = 0; i < rendered.length; i++) {
      rendered[i] = nameBytes(coded.get(i));
    }
    RowCodec codec = new RowCodec(rendered);
    if (SHARED.size() < MAX_SHARED) {
      SHARED.putIfAbsent(coded, codec);
    }
    return codec;
  }

  /**
   * The codec of the names the rendered rows {@code rows} use, in the order first met (for rows
   * packed without a known list of names).
   */
  static RowCodec ofRows(List<Project> rows) {
    List<byte[]> found = new ArrayList<>();
    for (Project row : rows) {
      byte[] json = row.jsonBytes();
      FieldScanner fields = new FieldScanner(json, 0, json.length);
      while (found.size() < LITERAL && fields.next()) {
        if (indexOf(found, json, fields.nameStart(), fields.nameEnd()) < 0) {
          found.add(Arrays.copyOfRange(json, fields.nameStart(), fields.nameEnd()));
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (byte[] name : found) {
      names.add(Json.parse(name, 0, name.length - 1, "a field name").textValue());
    }
    return of(names);
  }

  /** The code of the field whose rendered name is {@code json[from, to)}, or {@link #LITERAL}. */
  int code(byte[] json, int from, int to, int expected) {
    if (expected < names.length
        && Arrays.equals(names[expected], 0, names[expected].length, json, from, to)) {
      return expected;
    }
    for (int code = 0; code < names.length; code++) {
      if (Arrays.equals(names[code], 0, names[code].length, json, from, to)) {
        return code;
      }
    }
    return LITERAL;
  }

  /** How many names have codes. */
  int size() {
    return names.length;
  }

  /** The rendering {@code "name":} of {@code code}. */
  byte[] name(int code) {
    return names[code];
  }

  /**
   * Packs the rendered JSON object {@code json[from, from + length)} (compact, as the store renders
   * it) into {@code out}.
   */
  void pack(byte[] json, int from, int length, ByteSink out) {
    FieldScanner fields = new FieldScanner(json, from, length);
    int expected = 0;
    while (fields.next()) {
      int code = code(json, fields.nameStart(), fields.nameEnd(), expected);
      out.write(code);
      if (code == LITERAL) {
        out.write(json, fields.nameStart(), fields.valueEnd() - fields.nameStart());
      } else {
        out.write(json, fields.nameEnd(), fields.valueEnd() - fields.nameEnd());
        expected = code + 1;
      }
    }
  }

  /** The length of the rendered JSON of the packed row {@code packed[from, to)}. */
  int unpackedLength(byte[] packed, int from, int to) {
    int length = 2 + (to - from);
    int fields = 0;
    for (int at = from; at < to; at++) {
      int b = packed[at];
      if (b >= 0 && b < 0x20) {
        fields++;
        length += b == LITERAL ? -1 : names[b].length - 1;
      }
    }
    return length + Math.max(0, fields - 1);
  }

  /**
   * Writes the rendered JSON of the packed row {@code packed[from, to)} into {@code out} from
   * {@code at}; returns where it ends.
   */
  int unpack(byte[] packed, int from, int to, byte[] out, int at) {
    out[at++] = OPEN[0];
    int run = from;
    boolean first = true;
    for (int i = from; i < to; i++) {
      int b = packed[i];
      if (b >= 0 && b < 0x20) {
        int n = i - run;
        System.arraycopy(packed, run, out, at, n);
        at += n;
        if (!first) {
          out[at++] = ',';
        }
        first = false;
        if (b != LITERAL) {
          byte[] name = names[b];
          System.arraycopy(name, 0, out, at, name.length);
          at += name.length;
        }
        run = i + 1;
      }
    }
    int n = to - run;
    System.arraycopy(packed, run, out, at, n);
    at += n;
    out[at++] = '}';
    return at;
  }

  /** The rendering {@code "name":} of a field name, escaped as Jackson renders it. */
  static byte[] nameBytes(String name) {
    byte[] quoted = JsonStringEncoder.getInstance().quoteAsUTF8(name);
    byte[] out = new byte[quoted.length + 3];
    out[0] = '"';
    System.arraycopy(quoted, 0, out, 1, quoted.length);
    out[quoted.length + 1] = '"';
    out[quoted.length + 2] = ':';
    return out;
  }

  private static int indexOf(List<byte[]> names, byte[] json, int from, int to) {
    for (int i = 0; i < names.size(); i++) {
      if (Arrays.equals(names.get(i), 0, names.get(i).length, json, from, to)) {
        return i;
      }
    }
    return -1;
  }

  /** Where packed bytes go. */
  interface ByteSink {
    void write(int b);

    void write(byte[] bytes, int from, int length);
  }

  /**
   * The top-level fields of a compact rendered JSON object, one at a time: where its {@code
   * "name":} and its value lie.
   */
  static final class FieldScanner {
    private final byte[] json;
    private final int end;
    private int at;
    private int nameStart;
    private int nameEnd;
    private int valueEnd;

    FieldScanner(byte[] json, int from, int length) {
      this.json = json;
      this.end = from + length - 1; // the closing brace
      this.at = from + 1;
    }

    boolean next() {
      if (at >= end) {
        return false;
      }
      nameStart = at;
      int i = skipString(at);
      nameEnd = i + 1; // past the colon
      i = nameEnd;
      int depth = 0;
      while (true) {
        byte b = json[i];
        if (b == '"') {
          i = skipString(i);
          continue;
        }
        if (depth == 0 && (b == ',' || i == end)) {
          break;
        }
        if (b == '{' || b == '[') {
          depth++;
        } else if (b == '}' || b == ']') {
          depth--;
        }
        i++;
      }
      valueEnd = i;
      at = i == end ? end : i + 1;
      return true;
    }

    int nameStart() {
      return nameStart;
    }

    int nameEnd() {
      return nameEnd;
    }

    int valueEnd() {
      return valueEnd;
    }

    /** The index just past the string that starts with the quote at {@code quote}. */
    private int skipString(int quote) {
      int i = quote + 1;
      while (json[i] != '"') {
        i += json[i] == '\\' ? 2 : 1;
      }
      return i + 1;
    }
  }
}
