package io.wethodkit.mock.endpoint;

import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One valid filter of a request: the contract's filter, the operator used and the value, typed by
 * the filter's type ({@link BigInteger}, {@link LocalDate} or {@link OffsetDateTime}).
 */
public record FilterCriterion(FilterDefinition definition, FilterOperator operator, Object value) {

  public BigInteger integer() {
    return (BigInteger) value;
  }

  public LocalDate date() {
    return (LocalDate) value;
  }

  public OffsetDateTime dateTime() {
    return (OffsetDateTime) value;
  }
}
