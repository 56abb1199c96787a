package io.wethodkit.mock.store;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The rendered JSON of recently read chunks of {@link RowBytes}, so that the pages a client reads
 * again and again are copies of rendered bytes. A fixed number of entries bounds the memory to a
 * few megabytes whatever the size of the dataset: each chunk goes in one of the four entries of its
 * set (by its identity), in place of the one unpacked first, so that a page whose projects lie in a
 * hundred chunks (those a person owns, scattered over a million) stays whole. A read that finds its
 * chunk writes nothing. Entries never change, so readers on any thread see each one whole.
 */
final class UnpackedChunks {

  private static final int WAYS = 4;
  private static final int SETS = 128;

  /**
   * The entries, set by set; with chunks of 64 projects of about 550 bytes, the 512 of them hold at
   * most about 18 MB.
   */
  private static final Entry[] ENTRIES = new Entry[SETS * WAYS];

  /** When each entry was unpacked, on {@link #CLOCK}. */
  private static final long[] UNPACKED = new long[SETS * WAYS];

  private static final AtomicLong CLOCK = new AtomicLong();

  private UnpackedChunks() {}

  /** A chunk's rendered JSON: its rows end to end, row {@code r} from {@code starts[r]}. */
  record Entry(byte[] packed, byte[] json, int[] starts) {
    int start(int row) {
      return starts[row];
    }

    int length(int row) {
      return starts[row + 1] - starts[row];
    }
  }

  /**
   * The rendered rows of the packed chunk {@code packed}, whose rows start at {@code
   * offsets[first..first + rows - 1]}.
   */
  static Entry of(RowCodec codec, byte[] packed, int[] offsets, int first, int rows) {
    int set = (System.identityHashCode(packed) & 0x7fffffff) % SETS * WAYS;
    int oldest = set;
    for (int way = set; way < set + WAYS; way++) {
      Entry entry = ENTRIES[way];
      if (entry != null && entry.packed == packed) {
        return entry;
      }
      if (UNPACKED[way] < UNPACKED[oldest]) {
        oldest = way;
      }
    }
    Entry entry = unpack(codec, packed, offsets, first, rows);
    ENTRIES[oldest] = entry;
    UNPACKED[oldest] = CLOCK.incrementAndGet();
    return entry;
  }

  private static Entry unpack(RowCodec codec, byte[] packed, int[] offsets, int first, int rows) {
    int[] starts = new int[rows + 1];
    int length = 0;
    for (int r = 0; r < rows; r++) {
      starts[r] = length;
      length +=
          codec.unpackedLength(packed, offsets[first + r], end(packed, offsets, first, rows, r));
    }
    starts[rows] = length;
    byte[] json = new byte[length];
    for (int r = 0; r < rows; r++) {
      codec.unpack(
          packed, offsets[first + r], end(packed, offsets, first, rows, r), json, starts[r]);
    }
    return new Entry(packed, json, starts);
  }

  private static int end(byte[] packed, int[] offsets, int first, int rows, int row) {
    return row + 1 < rows ? offsets[first + row + 1] : packed.length;
  }
}
