package io.wethodkit.conformance.seeded;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An identity of the fixture dataset ({@code identities.json}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FixtureIdentity(
    String name,
    String token,
    long personId,
    boolean revoked,
    Map<String, List<String>> permissions) {

  public FixtureIdentity {
    permissions = permissions == null ? Map.of() : Map.copyOf(permissions);
  }

  /** The identity's permissions in {@code company}, or empty when it has no entry there. */
  public Optional<List<String>> permissionsIn(String company) {
    return Optional.ofNullable(permissions.get(company));
  }
}
