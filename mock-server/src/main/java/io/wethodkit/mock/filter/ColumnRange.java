package io.wethodkit.mock.filter;

import io.wethodkit.contract.FilterValueType;
import io.wethodkit.contract.semantics.Interval;
import io.wethodkit.mock.store.Column;
import io.wethodkit.mock.store.Project;
import io.wethodkit.mock.store.RowMatcher;
import io.wethodkit.mock.store.ScalarValue;
import io.wethodkit.mock.store.Segment;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * The projects whose field holds a value of one kind within {@code [low, high]}: an {@link
 * Interval} of the contract's semantics turned into a range of the columns' longs (numbers, epoch
 * days, epoch nanoseconds). Rows whose value the columns do not reduce to a long (e.g. a decimal)
 * are decided by the exact predicate.
 */
final class ColumnRange implements Predicate<Project>, RowMatcher {

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private final String field;
  private final byte kind;
  private final long low;
  private final long high;
  private final Predicate<Project> exact;
  private final Object key;

  private ColumnRange(
      String field, byte kind, long low, long high, Predicate<Project> exact, Object key) {
    this.key = key;
    this.field = field;
    this.kind = kind;
    this.low = low;
    this.high = high;
    this.exact = exact;
  }

  /**
   * The projects whose {@code field}, of {@code type}, lies in {@code interval}.
   *
   * @param exact the same test on a project's JSON, for the rows the columns cannot hold
   * @param key equal for ranges of the same field, type and interval
   */
  static ColumnRange of(
      String field, FilterValueType type, Interval interval, Predicate<Project> exact, Object key) {
    byte kind =
        switch (type) {
          case INTEGER -> ScalarValue.INTEGER;
          case DATE -> ScalarValue.DATE;
          case DATE_TIME -> ScalarValue.INSTANT;
        };
    Long low = Long.MIN_VALUE;
    Long high = Long.MAX_VALUE;
    if (interval.low() != null) {
      low = low(type, interval);
    }
    if (interval.high() != null) {
      high = high(type, interval);
    }
    if (low == null || high == null) {
      // No long is in the interval: only the rows the columns cannot hold may match.
      return new ColumnRange(field, kind, 1, 0, exact, key);
    }
    return new ColumnRange(field, kind, low, high, exact, key);
  }

  /**
   * The least column value the interval's low bound lets in, or null when no long is that large.
   * Date-times saturate: every instant a column holds lies strictly between the ends of a long.
   */
  private static Long low(FilterValueType type, Interval interval) {
    boolean included = interval.lowIncluded();
    return switch (type) {
      case INTEGER -> {
        BigDecimal bound = (BigDecimal) interval.low();
        if (bound.scale() == 0 && bound.precision() < 19) {
          // A whole number well inside a long: the common case, without BigInteger arithmetic.
          yield bound.longValue() + (included ? 0 : 1);
        }
        BigInteger least =
            included
                ? bound.setScale(0, RoundingMode.CEILING).toBigIntegerExact()
                : bound.setScale(0, RoundingMode.FLOOR).toBigIntegerExact().add(BigInteger.ONE);
        yield least.compareTo(LONG_MAX) > 0 ? null : least.max(LONG_MIN).longValue();
      }
      case DATE -> ((LocalDate) interval.low()).toEpochDay() + (included ? 0 : 1);
      case DATE_TIME -> {
        // Saturated nanoseconds lie beyond every value a column holds.
        long nanos = ScalarValue.nanos((Instant) interval.low());
        yield included || nanos == Long.MAX_VALUE || nanos == Long.MIN_VALUE ? nanos : nanos + 1;
      }
    };
  }

  /** The greatest column value the interval's high bound lets in, or null when no long is. */
  private static Long high(FilterValueType type, Interval interval) {
    boolean included = interval.highIncluded();
    return switch (type) {
      case INTEGER -> {
        BigDecimal bound = (BigDecimal) interval.high();
        if (bound.scale() == 0 && bound.precision() < 19) {
          yield bound.longValue() - (included ? 0 : 1);
        }
        BigInteger greatest =
            included
                ? bound.setScale(0, RoundingMode.FLOOR).toBigIntegerExact()
                : bound
                    .setScale(0, RoundingMode.CEILING)
                    .toBigIntegerExact()
                    .subtract(BigInteger.ONE);
        yield greatest.compareTo(LONG_MIN) < 0 ? null : greatest.min(LONG_MAX).longValue();
      }
      case DATE -> ((LocalDate) interval.high()).toEpochDay() - (included ? 0 : 1);
      case DATE_TIME -> {
        long nanos = ScalarValue.nanos((Instant) interval.high());
        yield included || nanos == Long.MAX_VALUE || nanos == Long.MIN_VALUE ? nanos : nanos - 1;
      }
    };
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
