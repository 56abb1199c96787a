package io.wethodkit.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import java.util.function.Predicate;

/**
 * One value to filter with: as the client writes it (before percent-encoding), its typed operand,
 * and whether it sits exactly on a value of the data (a boundary, where strictness shows).
 */
public record FilterProbe(
    FilterDefinition filter,
    FilterOperator operator,
    String value,
    FilterSemantics.Operand operand,
    boolean boundary) {

  public Predicate<JsonNode> predicate() {
    return FilterSemantics.predicate(filter, operator, operand);
  }

  /** {@code parameter=value}, for reports. */
  public String describe() {
    return filter.parameter() + "=" + value;
  }
}
