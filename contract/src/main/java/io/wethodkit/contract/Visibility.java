package io.wethodkit.contract;

/** What a permission of {@code x-required-permissions} lets its holder see. */
public enum Visibility {
  /** Projects where one of the owner fields holds the user's person id. */
  OWN("own"),
  /** Projects where none of the owner fields does. */
  OTHERS("others");

  private final String contractName;

  Visibility(String contractName) {
    this.contractName = contractName;
  }

  public String contractName() {
    return contractName;
  }

  static Visibility fromContract(String name, String permission) {
    for (Visibility visibility : values()) {
      if (visibility.contractName.equals(name)) {
        return visibility;
      }
    }
    throw new ContractException(
        "x-required-permissions: '" + permission + "' sees an unknown scope '" + name + "'");
  }
}
