package io.wethodkit.conformance.config;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the suite runs against, validated.
 *
 * @param baseUrl the target's root, e.g. {@code http://127.0.0.1:8080}
 * @param company the company header's value for every identity
 * @param version the version header's value
 * @param mode blackbox or seeded
 * @param timeout per request
 * @param identities one identity per permission profile
 * @param foreignCompany a company none of the identities may access, if known
 * @param revokedToken a token that was revoked, if known
 * @param foreignToken the token of a user who may list the foreign company's projects, if known:
 *     with it the suite can tell that company's projects apart from the company's own
 */
public record TargetConfig(
    URI baseUrl,
    String company,
    String version,
    Mode mode,
    Duration timeout,
    Map<Role, IdentityConfig> identities,
    Optional<String> foreignCompany,
    Optional<String> revokedToken,
    Optional<String> foreignToken) {

  public TargetConfig {
    identities = Collections.unmodifiableMap(new EnumMap<>(identities));
    if (foreignToken.isPresent() && foreignCompany.isEmpty()) {
      throw new IllegalArgumentException("a foreign token needs a foreign company");
    }
  }

  /** A config without a foreign company's user. */
  public TargetConfig(
      URI baseUrl,
      String company,
      String version,
      Mode mode,
      Duration timeout,
      Map<Role, IdentityConfig> identities,
      Optional<String> foreignCompany,
      Optional<String> revokedToken) {
    this(
        baseUrl,
        company,
        version,
        mode,
        timeout,
        identities,
        foreignCompany,
        revokedToken,
        Optional.empty());
  }

  public IdentityConfig identity(Role role) {
    IdentityConfig identity = identities.get(role);
    if (identity == null) {
      throw new IllegalStateException("no identity for " + role.configName());
    }
    return identity;
  }
}
