package io.wethodkit.contract.semantics;

/**
 * The field values a filter keeps: those between {@code low} and {@code high}, each bound included
 * or not; a null bound is no bound. The values are of one type of the field's domain ({@link
 * java.math.BigDecimal}, {@link java.time.LocalDate} or {@link java.time.Instant}).
 */
public record Interval(
    Comparable<?> low, boolean lowIncluded, Comparable<?> high, boolean highIncluded) {

  /** Every value. */
  public static final Interval ALL = new Interval(null, false, null, false);

  /** {@code value} only. */
  public static Interval exactly(Comparable<?> value) {
    return new Interval(value, true, value, true);
  }

  /** The values greater than {@code value}. */
  public static Interval above(Comparable<?> value) {
    return new Interval(value, false, null, false);
  }

  /** {@code value} and the values greater. */
  public static Interval atLeast(Comparable<?> value) {
    return new Interval(value, true, null, false);
  }

  /** The values less than {@code value}. */
  public static Interval below(Comparable<?> value) {
    return new Interval(null, false, value, false);
  }

  /** {@code value} and the values less. */
  public static Interval atMost(Comparable<?> value) {
    return new Interval(null, false, value, true);
  }

  /** From {@code from} (included) up to {@code until} (excluded). */
  public static Interval from(Comparable<?> from, Comparable<?> until) {
    return new Interval(from, true, until, false);
  }

  /** Whether {@code value} lies in the interval; a null value (no value) never does. */
  public boolean contains(Comparable<?> value) {
    if (value == null) {
      return false;
    }
    if (low != null) {
      int order = compare(value, low);
      if (order < 0 || order == 0 && !lowIncluded) {
        return false;
      }
    }
    if (high != null) {
      int order = compare(value, high);
      return order < 0 || order == 0 && highIncluded;
    }
    return true;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Comparable value, Comparable bound) {
    return value.compareTo(bound);
  }

  @Override
  public String toString() {
    return (low == null ? "(-inf" : (lowIncluded ? "[" : "(") + low)
        + ", "
        + (high == null ? "+inf)" : high + (highIncluded ? "]" : ")"));
  }
}
