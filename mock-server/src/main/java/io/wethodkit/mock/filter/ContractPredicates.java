package io.wethodkit.mock.filter;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.contract.DeletionScope;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.mock.endpoint.FilterCriterion;
import io.wethodkit.mock.endpoint.PredicateFactory;
import io.wethodkit.mock.store.Project;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
    return switch (criterion.definition().type()) {
      case INTEGER -> integer(field, operator, criterion.integer());
      case DATE -> {
        LocalDate value = criterion.date();
        yield project ->
            project
                .date(field)
                .map(date -> compares(operator, date.compareTo(value)))
                .orElse(false);
      }
      case DATE_TIME -> dateTime(field, operator, criterion.dateTime());
    };
  }

  private static Predicate<Project> integer(
      String field, FilterOperator operator, BigInteger value) {
    BigDecimal decimal = new BigDecimal(value);
    boolean fitsLong = value.bitLength() < Long.SIZE;
    long small = value.longValue();
    return project -> {
      JsonNode node = project.field(field);
      if (!node.isNumber()) {
        return false;
      }
      if (fitsLong && node.isIntegralNumber() && node.canConvertToLong()) {
        return compares(operator, Long.compare(node.longValue(), small));
      }
      return compares(operator, node.decimalValue().compareTo(decimal));
    };
  }

  private static Predicate<Project> dateTime(
      String field, FilterOperator operator, OffsetDateTime value) {
    Instant instant = value.toInstant();
    if (operator == FilterOperator.EQ) {
      ZoneOffset offset = value.getOffset();
      LocalDate day = value.toLocalDate();
      return project ->
          project
              .instant(field)
              .map(at -> at.atOffset(offset).toLocalDate().equals(day))
              .orElse(false);
    }
    return project ->
        project.instant(field).map(at -> compares(operator, at.compareTo(instant))).orElse(false);
  }

  @Override
  public Predicate<Project> deletion(DeletionScope scope) {
    return switch (scope) {
      case ACTIVE -> project -> project.isNull(deletionField);
      case DELETED -> project -> !project.isNull(deletionField);
      case ALL -> project -> true;
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
