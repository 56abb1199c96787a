package io.wethodkit.drift;

import io.wethodkit.conformance.config.Role;
import io.wethodkit.conformance.config.TargetConfig;
import io.wethodkit.contract.Contract;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every caller of a run: each config identity, a lower-case scheme name (HTTP scheme names are
 * case-insensitive), and one caller per cause of the contract's 401 answer, plus the revoked token
 * when the config gives one.
 */
final class Callers {

  /** Cause names of the contract's 401 answer that drift knows how to provoke. */
  static final String MISSING_AUTHORIZATION = "missing-authorization";

  static final String WRONG_SCHEME = "wrong-scheme";
  static final String UNKNOWN_TOKEN = "unknown-token";

  /** Not a cause of its own in the contract: a revoked token is an unknown-token answer. */
  static final String REVOKED = "revoked";

  static final String LOWER_CASE_SCHEME = "lower-case-scheme";

  private final List<Caller> all = new ArrayList<>();
  private final Caller both;

  Callers(Contract contract, TargetConfig config, long seed) {
    for (Role role : Role.values()) {
      all.add(Caller.of(role, config.identity(role).token()));
    }
    String bothToken = config.identity(Role.BOTH).token();
    this.both = all.get(Role.BOTH.ordinal());
    all.add(
        new Caller(
            LOWER_CASE_SCHEME, Optional.of(Role.BOTH), Optional.of("bearer " + bothToken), true));
    for (String cause : contract.error(401).causes().keySet()) {
      switch (cause) {
        case MISSING_AUTHORIZATION ->
            all.add(new Caller(cause, Optional.empty(), Optional.empty(), false));
        case WRONG_SCHEME ->
            all.add(
                new Caller(
                    cause, Optional.of(Role.BOTH), Optional.of("Basic " + bothToken), false));
        case UNKNOWN_TOKEN -> {
          all.add(
              new Caller(
                  cause,
                  Optional.empty(),
                  Optional.of("Bearer drift-" + Long.toHexString(seed)),
                  false));
          config
              .revokedToken()
              .ifPresent(
                  token ->
                      all.add(
                          new Caller(
                              REVOKED, Optional.empty(), Optional.of("Bearer " + token), false)));
        }
        default -> {
          // A cause drift cannot provoke from the request alone; the catalogue checks cover it.
        }
      }
    }
  }

  List<Caller> all() {
    return all;
  }

  Caller both() {
    return both;
  }
}
