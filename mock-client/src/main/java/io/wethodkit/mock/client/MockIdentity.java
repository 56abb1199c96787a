package io.wethodkit.mock.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An identity of the mock: who a bearer token stands for and what it may do in each company.
 *
 * @param name the identity's name (the admin API's key for it)
 * @param description what it is for; may be empty
 * @param token the bearer token that stands for it
 * @param personId the person it is (what {@code pm_id} and {@code account_id} hold for its own
 *     projects)
 * @param revoked whether its token is refused
 * @param permissions per company slug, the permissions it holds there
 */
public record MockIdentity(
    String name,
    String description,
    String token,
    long personId,
    boolean revoked,
    Map<String, List<String>> permissions) {

  public MockIdentity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(token, "token");
    description = description == null ? "" : description;
    permissions = permissions == null ? Map.of() : Map.copyOf(permissions);
  }
}
