package io.wethodkit.drift;

import io.wethodkit.conformance.config.Role;
import java.util.Optional;

/**
 * Who a drift request is sent as: one of the config's identities, or a credential that must not
 * authenticate (derived from the contract's 401 causes), or a lower-case scheme name.
 *
 * @param name how reports name it, e.g. {@code both} or {@code unknown-token}
 * @param role the config identity whose token is sent, if any
 * @param authorization the Authorization value sent; empty sends no Authorization header
 * @param authenticates whether the kit's model lets this caller in
 */
public record Caller(
    String name, Optional<Role> role, Optional<String> authorization, boolean authenticates) {

  /** A config identity, sent as {@code Bearer <token>}. */
  static Caller of(Role role, String token) {
    return new Caller(role.configName(), Optional.of(role), Optional.of("Bearer " + token), true);
  }

  /** The identity with both permissions: what minimisation falls back to. */
  boolean isBoth() {
    return role.filter(r -> r == Role.BOTH).isPresent() && name.equals(Role.BOTH.configName());
  }
}
