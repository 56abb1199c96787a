package io.wethodkit.contract;

import java.util.Arrays;

/** Which projects a value of the {@code x-deletion-filter} parameter keeps. */
public enum DeletionScope {
  /** Projects whose {@code deleted_at} is null. */
  ACTIVE("active"),
  /** Soft-deleted projects: {@code deleted_at} is not null. */
  DELETED("deleted"),
  /** Both. */
  ALL("all");

  private final String contractName;

  DeletionScope(String contractName) {
    this.contractName = contractName;
  }

  public String contractName() {
    return contractName;
  }

  static DeletionScope fromContract(String name, String parameter) {
    return Arrays.stream(values())
        .filter(scope -> scope.contractName.equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new ContractException(
                    "x-deletion-filter of '"
                        + parameter
                        + "' maps to an unknown scope '"
                        + name
                        + "'"));
  }
}
