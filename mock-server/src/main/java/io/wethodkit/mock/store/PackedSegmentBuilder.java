package io.wethodkit.mock.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Segment} a row at a time from rows packed as they are read, with the columns of
 * the layout's indexed fields: no rendered JSON and no per-row objects in between. A row is begun,
 * its packed bytes written to {@link #sink()}, its indexed values set, then ended.
 */
final class PackedSegmentBuilder {

  private final TableLayout layout;
  private final RowCodec codec;
  private final List<String> indexed;
  private final int capacity;
  private final long[] ids;
  private final int[] offsets;
  private final Column[] columns;
  private final List<byte[]> chunks = new ArrayList<>();
  private final RowBytes.Packed chunk;
  private int size;

  /**
   * A builder of at most {@code capacity} rows stored as {@code layout}, whose indexed fields are
   * {@code indexed} in the order of {@link #set}'s column numbers, packing each chunk in {@code
   * chunk} (a buffer the caller may use again once {@link #build} is done).
   */
  PackedSegmentBuilder(
      TableLayout layout, List<String> indexed, int capacity, RowBytes.Packed chunk) {
    this.chunk = chunk;
    chunk.size = 0;
    this.layout = layout;
    this.codec = layout.codec();
    this.indexed = indexed;
    this.capacity = capacity;
    this.ids = new long[capacity];
    this.offsets = new int[capacity];
    this.columns = new Column[indexed.size()];
  }

  RowCodec codec() {
    return codec;
  }

  int size() {
    return size;
  }

  /** Where the packed bytes of the current row go. */
  RowCodec.ByteSink sink() {
    return chunk;
  }

  /** Starts the next row. */
  void begin() {
    offsets[size] = chunk.size;
  }

  /** Abandons the row begun: its bytes are dropped. */
  void abandon() {
    chunk.size = offsets[size];
    for (Column column : columns) {
      if (column != null) {
        column.set(size, ScalarValue.NULL, 0);
      }
    }
  }

  /** The current row has indexed field number {@code column}, holding this value. */
  void set(int column, byte kind, long value) {
    if (columns[column] == null) {
      columns[column] = Column.empty(capacity);
    }
    columns[column].set(size, kind, value);
  }

  /** Ends the current row, the project {@code id}. */
  void end(long id) {
    ids[size++] = id;
    if (size % RowBytes.CHUNK_ROWS == 0) {
      cut();
    }
  }

  /** Adds {@code project}, already rendered (one that took the checked way). */
  void add(Project project) {
    begin();
    project.pack(codec, chunk);
    ProjectScalars.read(
        project,
        (name, scalar) -> {
          int column = indexed.indexOf(name);
          if (column >= 0) {
            set(column, scalar.kind(), scalar.value());
          }
        });
    end(project.id());
  }

  Segment build() {
    if (size % RowBytes.CHUNK_ROWS != 0) {
      cut();
    }
    Map<String, Column> held = new HashMap<>();
    for (int i = 0; i < columns.length; i++) {
      if (columns[i] != null) {
        held.put(indexed.get(i), size == capacity ? columns[i] : columns[i].range(0, size));
      }
    }
    return Segment.ofPacked(
        Arrays.copyOf(ids, size),
        RowBytes.ofPacked(codec, chunks.toArray(new byte[0][]), Arrays.copyOf(offsets, size)),
        held,
        layout.indexed());
  }

  private void cut() {
    int first = (size - 1) / RowBytes.CHUNK_ROWS * RowBytes.CHUNK_ROWS;
    int base = offsets[first];
    for (int r = first; r < size; r++) {
      offsets[r] -= base;
    }
    chunks.add(Arrays.copyOfRange(chunk.bytes, base, chunk.size));
    chunk.size = 0;
  }
}
