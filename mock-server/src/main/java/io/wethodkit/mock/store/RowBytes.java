package io.wethodkit.mock.store;

import java.util.function.IntFunction;

/**
 * The rendered JSON of a {@link Segment}'s rows, end to end in chunks of {@link #CHUNK_ROWS} rows:
 * a few objects for the collector however many rows there are, and replacing one row copies only
 * its chunk, so that a write keeps a few kilobytes alive rather than the whole segment's bytes.
 * Immutable.
 */
final class RowBytes {

  static final int CHUNK_ROWS = 64;

  private final byte[][] chunks;

  /** Where each row starts in its chunk; it ends where the next row of the chunk starts. */
  private final int[] offsets;

  private RowBytes(byte[][] chunks, int[] offsets) {
    this.chunks = chunks;
    this.offsets = offsets;
  }

  /** The bytes of {@code rows} in their order. */
  static RowBytes of(Project[] rows) {
    return pack(rows.length, row -> rows[row]);
  }

  int size() {
    return offsets.length;
  }

  /** Row {@code row} as the project {@code id}: a view of these bytes. */
  Project project(long id, int row) {
    byte[] chunk = chunks[row / CHUNK_ROWS];
    return Project.view(id, chunk, offsets[row], end(row, chunk) - offsets[row]);
  }

  /** A copy with row {@code row} replaced by {@code project}: one chunk copied, the rest shared. */
  RowBytes replacing(int row, Project project) {
    int c = row / CHUNK_ROWS;
    byte[] chunk = chunks[c];
    int from = offsets[row];
    int to = end(row, chunk);
    int shift = project.jsonLength() - (to - from);
    byte[] next = new byte[chunk.length + shift];
    System.arraycopy(chunk, 0, next, 0, from);
    project.copyJson(next, from);
    System.arraycopy(chunk, to, next, to + shift, chunk.length - to);
    byte[][] nextChunks = chunks.clone();
    nextChunks[c] = next;
    int[] nextOffsets = offsets.clone();
    for (int r = row + 1; r < Math.min(offsets.length, (c + 1) * CHUNK_ROWS); r++) {
      nextOffsets[r] += shift;
    }
    return new RowBytes(nextChunks, nextOffsets);
  }

  /** A copy with {@code project} inserted as row {@code row} (rare: the rows are packed anew). */
  RowBytes inserting(int row, Project project) {
    return pack(size() + 1, r -> r < row ? project(0, r) : r == row ? project : project(0, r - 1));
  }

  /** A copy without row {@code row} (rare: the rows are packed anew). */
  RowBytes removing(int row) {
    return pack(size() - 1, r -> project(0, r < row ? r : r + 1));
  }

  /** The rows {@code from} (inclusive) to {@code to} (exclusive). */
  RowBytes range(int from, int to) {
    return pack(to - from, r -> project(0, from + r));
  }

  private int end(int row, byte[] chunk) {
    return row + 1 < offsets.length && (row + 1) % CHUNK_ROWS != 0
        ? offsets[row + 1]
        : chunk.length;
  }

  /** The bytes of {@code count} rows, row {@code r} being {@code row.apply(r)}'s JSON. */
  private static RowBytes pack(int count, IntFunction<Project> row) {
    byte[][] chunks = new byte[(count + CHUNK_ROWS - 1) / CHUNK_ROWS][];
    int[] offsets = new int[count];
    Project[] chunkRows = new Project[CHUNK_ROWS];
    for (int c = 0; c < chunks.length; c++) {
      int first = c * CHUNK_ROWS;
      int rows = Math.min(CHUNK_ROWS, count - first);
      int length = 0;
      for (int r = 0; r < rows; r++) {
        chunkRows[r] = row.apply(first + r);
        offsets[first + r] = length;
        length = Math.addExact(length, chunkRows[r].jsonLength());
      }
      byte[] chunk = new byte[length];
      for (int r = 0; r < rows; r++) {
        chunkRows[r].copyJson(chunk, offsets[first + r]);
      }
      chunks[c] = chunk;
    }
    return new RowBytes(chunks, offsets);
  }
}
