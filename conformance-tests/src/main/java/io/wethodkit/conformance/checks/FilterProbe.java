package io.wethodkit.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.semantics.FilterCriterion;
import io.wethodkit.contract.semantics.Semantics;
import java.util.function.Predicate;

/**
 * One value to filter with: its criterion (filter, operator, typed operand), as the client writes
 * it (before percent-encoding), and whether it sits exactly on a value of the data (a boundary,
 * where strictness shows).
 */
public record FilterProbe(FilterCriterion criterion, String value, boolean boundary) {

  public FilterDefinition filter() {
    return criterion.definition();
  }

  public FilterOperator operator() {
    return criterion.operator();
  }

  /** The projects {@code semantics} say the probe keeps. */
  public Predicate<JsonNode> predicate(Semantics semantics) {
    return semantics.keeps(criterion);
  }

  /** {@code parameter=value}, for reports. */
  public String describe() {
    return filter().parameter() + "=" + value;
  }
}
