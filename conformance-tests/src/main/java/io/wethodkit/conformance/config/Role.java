package io.wethodkit.conformance.config;

import java.util.Arrays;
import java.util.Optional;

/** The permission profiles the suite needs an identity for, named as the config file names them. */
public enum Role {
  /** Only the permission that shows the user's own projects. */
  VIEW("view"),
  /** Only the permission that shows the others' projects. */
  VIEW_OTHER("viewOther"),
  /** Both permissions: every project. */
  BOTH("both"),
  /** A member of the company with neither permission. */
  NONE("none");

  private final String configName;

  Role(String configName) {
    this.configName = configName;
  }

  public String configName() {
    return configName;
  }

  public static Optional<Role> fromConfig(String name) {
    return Arrays.stream(values()).filter(r -> r.configName.equals(name)).findFirst();
  }
}
