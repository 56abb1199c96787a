package io.wethodkit.contract.semantics;

import java.time.OffsetDateTime;

/**
 * What one operator keeps for an operand: the interval of field values that match. The contract's
 * text (Extensions, Interpretation 6) gives the standard ones: equality, strict {@code gt:} and
 * {@code lt:}, and "on the calendar date of V in V's offset" for a bare date-time.
 */
@FunctionalInterface
public interface Comparison {

  /**
   * @param operand the operand as read ({@link java.math.BigInteger}, {@link java.time.LocalDate}
   *     or {@link OffsetDateTime})
   * @param point the same operand as a value of the field's domain ({@link java.math.BigDecimal},
   *     {@link java.time.LocalDate} or {@link java.time.Instant})
   */
  Interval keeps(Object operand, Comparable<?> point);

  /** The values equal to the operand. */
  Comparison EQUAL = (operand, point) -> Interval.exactly(point);

  /** The values strictly greater (later). */
  Comparison GREATER = (operand, point) -> Interval.above(point);

  /** The values strictly less (earlier). */
  Comparison LESS = (operand, point) -> Interval.below(point);

  /** The operand and the values greater (later): not the contract's {@code gt:}. */
  Comparison AT_LEAST = (operand, point) -> Interval.atLeast(point);

  /** The operand and the values less (earlier): not the contract's {@code lt:}. */
  Comparison AT_MOST = (operand, point) -> Interval.atMost(point);

  /**
   * The instants that fall on the calendar date of a date-time operand, read in the operand's own
   * offset: from that date's midnight there up to the next one.
   */
  Comparison ON_ITS_DATE =
      (operand, point) -> {
        OffsetDateTime value = (OffsetDateTime) operand;
        return Interval.from(
            value.toLocalDate().atStartOfDay().toInstant(value.getOffset()),
            value.toLocalDate().plusDays(1).atStartOfDay().toInstant(value.getOffset()));
      };
}
