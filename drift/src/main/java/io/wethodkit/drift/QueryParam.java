package io.wethodkit.drift;

import io.wethodkit.contract.FilterOperator;
import java.util.Optional;

/**
 * One {@code name=value} of a drift request, with what the generator knows of it.
 *
 * @param name the query parameter
 * @param value the value, before percent-encoding
 * @param kind what the parameter is for in the contract
 * @param validity whether the contract accepts the value, and if not, who rules it out
 * @param operator for a valid filter value, its operator
 */
public record QueryParam(
    String name, String value, Kind kind, Validity validity, Optional<FilterOperator> operator) {

  /** What a parameter is for. */
  public enum Kind {
    FILTER,
    DELETION,
    LIMIT,
    OFFSET,
    /** A parameter the contract does not define (to be ignored). */
    UNKNOWN
  }

  /** Whether the contract accepts a value. */
  public enum Validity {
    VALID,
    /** Outside what the reference page documents (a MUST to refuse). */
    OUTSIDE,
    /** Ruled out by the contract's exact grammar only (a SHOULD to refuse). */
    UNGRAMMATICAL
  }

  public boolean valid() {
    return validity == Validity.VALID;
  }

  /**
   * E.g. {@code probability gt}, {@code deleted=only}, {@code limit}, {@code date_start invalid}.
   */
  public String cause() {
    if (!valid()) {
      return name + " invalid";
    }
    if (kind == Kind.DELETION) {
      return name + "=" + value;
    }
    return operator.map(op -> name + " " + op.contractName()).orElse(name);
  }
}
