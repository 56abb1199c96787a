package io.wethodkit.mock.store;

/**
 * One field of the rows of a {@link Segment}: each row's {@link ScalarValue} kind and value, side
 * by side in arrays, so that a filter tests a thousand rows in a tight loop.
 */
public final class Column {

  private static final long[] NO_VALUES = new long[0];

  private final byte[] kinds;

  /** Empty until a row holds a number, date or date-time: text columns need no values. */
  private long[] values;

  Column(byte[] kinds, long[] values) {
    this.kinds = kinds;
    this.values = values;
  }

  static Column empty(int rows) {
    return new Column(new byte[rows], NO_VALUES);
  }

  public byte kind(int row) {
    return kinds[row];
  }

  /** The number, epoch day or epoch nanosecond of a row of such a kind. */
  public long value(int row) {
    return values[row];
  }

  /** Whether row {@code row} holds {@code scalar}'s kind and value. */
  boolean holds(int row, ScalarValue scalar) {
    return kinds[row] == scalar.kind()
        && (values.length == 0 ? scalar.value() == 0 : values[row] == scalar.value());
  }

  void set(int row, ScalarValue scalar) {
    set(row, scalar.kind(), scalar.value());
  }

  /** Row {@code row} holds a value of {@code kind} (see {@link ScalarValue}) and {@code value}. */
  void set(int row, byte kind, long value) {
    kinds[row] = kind;
    boolean valued =
        kind == ScalarValue.INTEGER || kind == ScalarValue.DATE || kind == ScalarValue.INSTANT;
    if (valued || values.length != 0) {
      if (values.length == 0) {
        values = new long[kinds.length];
      }
      values[row] = value;
    }
  }

  /**
   * A copy with {@code rows} rows, row {@code at} left null and the rows from it shifted by one.
   */
  Column inserting(int at) {
    byte[] k = new byte[kinds.length + 1];
    long[] v = values.length == 0 ? NO_VALUES : new long[values.length + 1];
    System.arraycopy(kinds, 0, k, 0, at);
    System.arraycopy(kinds, at, k, at + 1, kinds.length - at);
    if (v.length != 0) {
      System.arraycopy(values, 0, v, 0, at);
      System.arraycopy(values, at, v, at + 1, values.length - at);
    }
    return new Column(k, v);
  }

  Column removing(int at) {
    byte[] k = new byte[kinds.length - 1];
    long[] v = values.length == 0 ? NO_VALUES : new long[values.length - 1];
    System.arraycopy(kinds, 0, k, 0, at);
    System.arraycopy(kinds, at + 1, k, at, kinds.length - at - 1);
    if (v.length != 0) {
      System.arraycopy(values, 0, v, 0, at);
      System.arraycopy(values, at + 1, v, at, values.length - at - 1);
    }
    return new Column(k, v);
  }

  Column copy() {
    return new Column(kinds.clone(), values.length == 0 ? NO_VALUES : values.clone());
  }

  Column range(int from, int to) {
    return new Column(
        java.util.Arrays.copyOfRange(kinds, from, to),
        values.length == 0 ? NO_VALUES : java.util.Arrays.copyOfRange(values, from, to));
  }
}
