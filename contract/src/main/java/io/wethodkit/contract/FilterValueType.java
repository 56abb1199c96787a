package io.wethodkit.contract;

import java.util.Arrays;

/** The value type of an {@code x-filter} parameter, as the contract names it. */
public enum FilterValueType {
  INTEGER("integer"),
  DATE("date"),
  DATE_TIME("date-time");

  private final String contractName;

  FilterValueType(String contractName) {
    this.contractName = contractName;
  }

  public String contractName() {
    return contractName;
  }

  static FilterValueType fromContract(String name, String parameter) {
    return Arrays.stream(values())
        .filter(type -> type.contractName.equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new ContractException(
                    "x-filter of '" + parameter + "' has an unknown type '" + name + "'"));
  }
}
