package io.wethodkit.conformance.config;

import java.util.Arrays;
import java.util.Optional;

/** What the suite may assume about the target's data. */
public enum Mode {
  /** The target holds unknown data: the suite checks invariants over what it fetches. */
  BLACKBOX("blackbox"),
  /** The target holds the kit's fixture dataset: the golden expectations apply too. */
  SEEDED("seeded");

  private final String configName;

  Mode(String configName) {
    this.configName = configName;
  }

  public String configName() {
    return configName;
  }

  public static Optional<Mode> fromConfig(String name) {
    return Arrays.stream(values()).filter(m -> m.configName.equals(name)).findFirst();
  }
}
