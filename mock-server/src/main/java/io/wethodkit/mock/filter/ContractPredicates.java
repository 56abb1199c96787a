package io.wethodkit.mock.filter;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.contract.DeletionScope;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.mock.endpoint.FilterCriterion;
import io.wethodkit.mock.endpoint.PredicateFactory;
import io.wethodkit.mock.store.Project;
import io.wethodkit.mock.store.ScalarValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;

/**
 * The filter semantics of the contract, for any filter it defines: integers compare as numbers,
 * dates as calendar dates, date-times as instants ({@code gt}/{@code lt} strict), and the bare
 * date-time matches the items whose instant falls on the value's calendar date in the value's own
 * offset. An item whose field is null (or not of the type) never matches.
 */
public final class ContractPredicates implements PredicateFactory {

  private final String deletionField;

  /**
   * @param deletionField the Project property that is non-null on a soft-deleted project (the
   *     contract's {@code x-deletion-filter} field)
   */
  public ContractPredicates(String deletionField) {
    this.deletionField = deletionField;
  }

  @Override
  public Predicate<Project> criterion(FilterCriterion criterion) {
    String field = criterion.definition().field();
    FilterOperator operator = criterion.operator();
    Object key = List.of(field, operator, criterion.value());
    return switch (criterion.definition().type()) {
      case INTEGER -> integer(field, operator, criterion.integer(), key);
      case DATE -> date(field, operator, criterion.date(), key);
      case DATE_TIME -> dateTime(field, operator, criterion.dateTime(), key);
    };
  }

  private static Predicate<Project> integer(
      String field, FilterOperator operator, BigInteger value, Object key) {
    BigDecimal decimal = new BigDecimal(value);
    boolean fitsLong = value.bitLength() < Long.SIZE;
    long small = value.longValue();
    Predicate<Project> exact =
        project -> {
          JsonNode node = project.field(field);
          if (!node.isNumber()) {
            return false;
          }
          if (fitsLong && node.isIntegralNumber() && node.canConvertToLong()) {
            return compares(operator, Long.compare(node.longValue(), small));
          }
          return compares(operator, node.decimalValue().compareTo(decimal));
        };
    if (!fitsLong) {
      // Every integer of a long compares the same way to a value beyond the range of a long.
      boolean above = value.signum() > 0;
      boolean all = operator == (above ? FilterOperator.LT : FilterOperator.GT);
      long[] range = all ? new long[] {Long.MIN_VALUE, Long.MAX_VALUE} : ColumnRange.empty();
      return new ColumnRange(field, ScalarValue.INTEGER, range[0], range[1], exact, key);
    }
    long[] range = ColumnRange.bounds(operator, small);
    return new ColumnRange(field, ScalarValue.INTEGER, range[0], range[1], exact, key);
  }

  private static Predicate<Project> date(
      String field, FilterOperator operator, LocalDate value, Object key) {
    Predicate<Project> exact =
        project ->
            project
                .date(field)
                .map(date -> compares(operator, date.compareTo(value)))
                .orElse(false);
    long[] range = ColumnRange.bounds(operator, value.toEpochDay());
    return new ColumnRange(field, ScalarValue.DATE, range[0], range[1], exact, key);
  }

  private static Predicate<Project> dateTime(
      String field, FilterOperator operator, OffsetDateTime value, Object key) {
    Instant instant = value.toInstant();
    if (operator == FilterOperator.EQ) {
      ZoneOffset offset = value.getOffset();
      LocalDate day = value.toLocalDate();
      Predicate<Project> exact =
          project ->
              project
                  .instant(field)
                  .map(at -> at.atOffset(offset).toLocalDate().equals(day))
                  .orElse(false);
      long from = ScalarValue.nanos(day.atStartOfDay().toInstant(offset));
      long to = ScalarValue.nanos(day.plusDays(1).atStartOfDay().toInstant(offset));
      long[] range = from == to ? ColumnRange.empty() : new long[] {from, to - 1};
      return new ColumnRange(field, ScalarValue.INSTANT, range[0], range[1], exact, key);
    }
    Predicate<Project> exact =
        project ->
            project
                .instant(field)
                .map(at -> compares(operator, at.compareTo(instant)))
                .orElse(false);
    long nanos = ScalarValue.nanos(instant);
    long[] range = ColumnRange.bounds(operator, nanos);
    if (nanos == Long.MAX_VALUE || nanos == Long.MIN_VALUE) {
      // Saturated: every date-time the columns hold is on one side of it.
      range =
          (nanos == Long.MAX_VALUE) == (operator == FilterOperator.LT)
              ? new long[] {Long.MIN_VALUE, Long.MAX_VALUE}
              : ColumnRange.empty();
    }
    return new ColumnRange(field, ScalarValue.INSTANT, range[0], range[1], exact, key);
  }

  @Override
  public Predicate<Project> deletion(DeletionScope scope) {
    return switch (scope) {
      case ACTIVE -> new NullCondition(deletionField, true);
      case DELETED -> new NullCondition(deletionField, false);
      case ALL -> AllRows.ALL;
    };
  }

  /** Whether a comparison result ({@code item} against value) satisfies {@code operator}. */
  static boolean compares(FilterOperator operator, int comparison) {
    return switch (operator) {
      case EQ -> comparison == 0;
      case GT -> comparison > 0;
      case LT -> comparison < 0;
    };
  }
}
