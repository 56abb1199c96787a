package io.wethodkit.mock.store;

/**
 * The rendered JSON of recently read chunks of {@link RowBytes}, so that the pages a client reads
 * again and again are copies of rendered bytes: a fixed number of slots, each chunk in the slot of
 * its identity (a newer chunk takes its slot over), which bounds the memory to a few megabytes
 * whatever the size of the dataset. Entries never change, so readers on any thread see each one
 * whole.
 */
final class UnpackedChunks {

  /** Slots; with chunks of 64 projects of about 550 bytes, 256 slots hold at most about 9 MB. */
  private static final int SLOTS = 256;

  private static final Entry[] ENTRIES = new Entry[SLOTS];

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
    int slot = (System.identityHashCode(packed) & 0x7fffffff) % SLOTS;
    Entry entry = ENTRIES[slot];
    if (entry != null && entry.packed == packed) {
      return entry;
    }
    entry = unpack(codec, packed, offsets, first, rows);
    ENTRIES[slot] = entry;
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
