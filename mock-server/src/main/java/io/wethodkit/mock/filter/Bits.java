package io.wethodkit.mock.filter;

/** Bitmaps of the rows of a segment: row {@code r} is bit {@code r % 64} of word {@code r / 64}. */
public final class Bits {

  private Bits() {}

  public static int words(int rows) {
    return (rows + 63) >>> 6;
  }

  /** Sets the bits of rows {@code 0..rows-1}. */
  public static void setFirst(long[] bits, int rows) {
    int full = rows >>> 6;
    java.util.Arrays.fill(bits, 0, full, -1L);
    if ((rows & 63) != 0) {
      bits[full] |= (1L << rows) - 1;
    }
  }
}
