package io.wethodkit.conformance.config;

import io.wethodkit.contract.Visibility;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The permission profiles the suite needs an identity for, named as the config file names them. */
public enum Role {
  /** Only the permission that shows the user's own projects. */
  VIEW("view", Set.of(Visibility.OWN)),
  /** Only the permission that shows the others' projects. */
  VIEW_OTHER("viewOther", Set.of(Visibility.OTHERS)),
  /** Both permissions: every project. */
  BOTH("both", Set.of(Visibility.OWN, Visibility.OTHERS)),
  /** A member of the company with neither permission. */
  NONE("none", Set.of());

  private final String configName;
  private final Set<Visibility> visibilities;

  Role(String configName, Set<Visibility> visibilities) {
    this.configName = configName;
    this.visibilities = visibilities;
  }

  public String configName() {
    return configName;
  }

  /** What the profile's permissions let it see, in the contract's terms. */
  public Set<Visibility> visibilities() {
    return visibilities;
  }

  public static Optional<Role> fromConfig(String name) {
    return Arrays.stream(values()).filter(r -> r.configName.equals(name)).findFirst();
  }
}
