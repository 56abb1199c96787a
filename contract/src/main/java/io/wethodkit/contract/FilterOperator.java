package io.wethodkit.contract;

import java.util.Arrays;

/** An operator of an {@code x-filter} parameter and the prefix that selects it in a value. */
public enum FilterOperator {
  /** The bare value: equality, or "on the calendar date" for a date-time. */
  EQ("eq", ""),
  /** {@code gt:V}: strictly greater or later. */
  GT("gt", "gt:"),
  /** {@code lt:V}: strictly lower or earlier. */
  LT("lt", "lt:");

  private final String contractName;
  private final String prefix;

  FilterOperator(String contractName, String prefix) {
    this.contractName = contractName;
    this.prefix = prefix;
  }

  public String contractName() {
    return contractName;
  }

  /** What precedes the value in the query string ({@code ""} for {@link #EQ}). */
  public String prefix() {
    return prefix;
  }

  /** The value as a client writes it with this operator. */
  public String format(String value) {
    return prefix + value;
  }

  static FilterOperator fromContract(String name, String parameter) {
    return Arrays.stream(values())
        .filter(op -> op.contractName.equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new ContractException(
                    "x-filter of '" + parameter + "' has an unknown operator '" + name + "'"));
  }
}
