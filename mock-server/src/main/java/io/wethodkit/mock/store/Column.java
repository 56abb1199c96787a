package io.wethodkit.mock.store;

/**
 * One field of the rows of a {@link Segment}: each row's {@link ScalarValue} kind and value, side
 * by side in arrays, so that a filter tests a thousand rows in a tight loop.
 */
public final class Column {

  private final byte[] kinds;
  private final long[] values;

  Column(byte[] kinds, long[] values) {
    this.kinds = kinds;
    this.values = values;
  }

  static Column empty(int rows) {
    return new Column(new byte[rows], new long[rows]);
  }

  public byte kind(int row) {
    return kinds[row];
  }

  public long value(int row) {
    return values[row];
  }

  void set(int row, ScalarValue scalar) {
    kinds[row] = scalar.kind();
    values[row] = scalar.value();
  }

  /**
   * A copy with {@code rows} rows, row {@code at} left null and the rows from it shifted by one.
   */
  Column inserting(int at) {
    byte[] k = new byte[kinds.length + 1];
    long[] v = new long[values.length + 1];
    System.arraycopy(kinds, 0, k, 0, at);
    System.arraycopy(values, 0, v, 0, at);
    System.arraycopy(kinds, at, k, at + 1, kinds.length - at);
    System.arraycopy(values, at, v, at + 1, values.length - at);
    return new Column(k, v);
  }

  Column removing(int at) {
    byte[] k = new byte[kinds.length - 1];
    long[] v = new long[values.length - 1];
    System.arraycopy(kinds, 0, k, 0, at);
    System.arraycopy(values, 0, v, 0, at);
    System.arraycopy(kinds, at + 1, k, at, kinds.length - at - 1);
    System.arraycopy(values, at + 1, v, at, values.length - at - 1);
    return new Column(k, v);
  }

  Column copy() {
    return new Column(kinds.clone(), values.clone());
  }

  Column range(int from, int to) {
    return new Column(
        java.util.Arrays.copyOfRange(kinds, from, to),
        java.util.Arrays.copyOfRange(values, from, to));
  }
}
