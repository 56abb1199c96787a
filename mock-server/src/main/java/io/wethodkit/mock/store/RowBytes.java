package io.wethodkit.mock.store;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * The rendered JSON of a {@link Segment}'s rows, packed by a {@link RowCodec}, end to end in chunks
 * of {@link #CHUNK_ROWS} rows: a few objects for the collector however many rows there are, and
 * replacing one row copies only its chunk, so that a write keeps a few kilobytes alive rather than
 * the whole segment's bytes. A row is read as a view of its chunk's rendered JSON, which {@link
 * UnpackedChunks} keeps for the chunks read most recently. Immutable.
 */
final class RowBytes {

  static final int CHUNK_ROWS = 64;

  private final RowCodec codec;
  private final byte[][] chunks;

  /** Where each row starts in its chunk; it ends where the next row of the chunk starts. */
  private final int[] offsets;

  private RowBytes(RowCodec codec, byte[][] chunks, int[] offsets) {
    this.codec = codec;
    this.chunks = chunks;
    this.offsets = offsets;
  }

  /** The bytes of {@code rows} in their order, packed with the names they use. */
  static RowBytes of(Project[] rows) {
    return pack(RowCodec.ofRows(Arrays.asList(rows)), rows.length, row -> rows[row]);
  }

  /** The bytes of {@code rows} in their order, packed by {@code codec}. */
  static RowBytes of(RowCodec codec, Project[] rows) {
    return pack(codec, rows.length, row -> rows[row]);
  }

  /**
   * Rows already packed by {@code codec}: {@code chunks}, row {@code r} from {@code offsets[r]}.
   */
  static RowBytes ofPacked(RowCodec codec, byte[][] chunks, int[] offsets) {
    return new RowBytes(codec, chunks, offsets);
  }

  int size() {
    return offsets.length;
  }

  /** Row {@code row} as the project {@code id}: a view of its chunk's rendered JSON. */
  Project project(long id, int row) {
    int c = row / CHUNK_ROWS;
    int first = c * CHUNK_ROWS;
    UnpackedChunks.Entry chunk =
        UnpackedChunks.of(
            codec, chunks[c], offsets, first, Math.min(CHUNK_ROWS, offsets.length - first));
    return Project.view(id, chunk.json(), chunk.start(row - first), chunk.length(row - first));
  }

  /** A copy with row {@code row} replaced by {@code project}: one chunk copied, the rest shared. */
  RowBytes replacing(int row, Project project) {
    int c = row / CHUNK_ROWS;
    byte[] chunk = chunks[c];
    int from = offsets[row];
    int to = end(row, chunk);
    Packed packed = new Packed(project.jsonLength());
    project.pack(codec, packed);
    int shift = packed.size - (to - from);
    byte[] next = new byte[chunk.length + shift];
    System.arraycopy(chunk, 0, next, 0, from);
    System.arraycopy(packed.bytes, 0, next, from, packed.size);
    System.arraycopy(chunk, to, next, to + shift, chunk.length - to);
    byte[][] nextChunks = chunks.clone();
    nextChunks[c] = next;
    int[] nextOffsets = offsets.clone();
    for (int r = row + 1; r < Math.min(offsets.length, (c + 1) * CHUNK_ROWS); r++) {
      nextOffsets[r] += shift;
    }
    return new RowBytes(codec, nextChunks, nextOffsets);
  }

  /** A copy with {@code project} inserted as row {@code row} (rare: the rows are packed anew). */
  RowBytes inserting(int row, Project project) {
    return pack(
        codec, size() + 1, r -> r < row ? project(0, r) : r == row ? project : project(0, r - 1));
  }

  /** A copy without row {@code row} (rare: the rows are packed anew). */
  RowBytes removing(int row) {
    return pack(codec, size() - 1, r -> project(0, r < row ? r : r + 1));
  }

  /** The rows {@code from} (inclusive) to {@code to} (exclusive). */
  RowBytes range(int from, int to) {
    return pack(codec, to - from, r -> project(0, from + r));
  }

  private int end(int row, byte[] chunk) {
    return row + 1 < offsets.length && (row + 1) % CHUNK_ROWS != 0
        ? offsets[row + 1]
        : chunk.length;
  }

  /** The bytes of {@code count} rows, row {@code r} being {@code row.apply(r)}'s JSON, packed. */
  private static RowBytes pack(RowCodec codec, int count, IntFunction<Project> row) {
    byte[][] chunks = new byte[(count + CHUNK_ROWS - 1) / CHUNK_ROWS][];
    int[] offsets = new int[count];
    Packed packed = new Packed(1 << 12);
    for (int c = 0; c < chunks.length; c++) {
      int first = c * CHUNK_ROWS;
      int rows = Math.min(CHUNK_ROWS, count - first);
      packed.size = 0;
      for (int r = 0; r < rows; r++) {
        offsets[first + r] = packed.size;
        row.apply(first + r).pack(codec, packed);
      }
      chunks[c] = Arrays.copyOf(packed.bytes, packed.size);
    }
    return new RowBytes(codec, chunks, offsets);
  }

  /** A growing buffer of bytes: packed rows, or what a JSON generator writes. */
  static final class Packed extends OutputStream implements RowCodec.ByteSink {
    byte[] bytes;
    int size;

    Packed(int capacity) {
      bytes = new byte[Math.max(16, capacity)];
    }

    @Override
    public void write(int b) {
      room(1);
      bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] from, int at, int length) {
      room(length);
      System.arraycopy(from, at, bytes, size, length);
      size += length;
    }

    private void room(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(size + more, 2 * bytes.length));
      }
    }
  }
}
