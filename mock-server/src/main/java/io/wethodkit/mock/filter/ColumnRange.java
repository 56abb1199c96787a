package io.wethodkit.mock.filter;

import io.wethodkit.mock.store.Column;
import io.wethodkit.mock.store.Project;
import io.wethodkit.mock.store.RowMatcher;
import io.wethodkit.mock.store.ScalarValue;
import io.wethodkit.mock.store.Segment;
import java.util.function.Predicate;

/**
 * The projects whose field holds a value of one kind within {@code [low, high]}. Rows whose value
 * the columns do not reduce to a long (e.g. a decimal) are decided by the exact predicate.
 */
final class ColumnRange implements Predicate<Project>, RowMatcher {

  private final String field;
  private final byte kind;
  private final long low;
  private final long high;
  private final Predicate<Project> exact;
  private final Object key;

  /**
   * @param key equal for ranges of the same filter, operator and value
   */
  ColumnRange(String field, byte kind, long low, long high, Predicate<Project> exact, Object key) {
    this.key = key;
    this.field = field;
    this.kind = kind;
    this.low = low;
    this.high = high;
    this.exact = exact;
  }

  /** The range of {@code value} compared by {@code operator} ({@code gt}/{@code lt} strict). */
  static long[] bounds(io.wethodkit.contract.FilterOperator operator, long value) {
    return switch (operator) {
      case EQ -> new long[] {value, value};
      case GT -> value == Long.MAX_VALUE ? empty() : new long[] {value + 1, Long.MAX_VALUE};
      case LT -> value == Long.MIN_VALUE ? empty() : new long[] {Long.MIN_VALUE, value - 1};
    };
  }

  static long[] empty() {
    return new long[] {1, 0};
  }

  @Override
  public Object key() {
    return key;
  }

  @Override
  public boolean test(Project project) {
    return exact.test(project);
  }

  @Override
  public void match(Segment segment, long[] bits) {
    Column column = segment.column(field);
    if (column == null) {
      return;
    }
    for (int row = 0, n = segment.size(); row < n; row++) {
      byte k = column.kind(row);
      boolean hit;
      if (k == kind) {
        long v = column.value(row);
        hit = v >= low && v <= high;
      } else {
        hit = k == ScalarValue.OTHER && exact.test(segment.project(row));
      }
      if (hit) {
        bits[row >>> 6] |= 1L << row;
      }
    }
  }
}
