package io.wethodkit.mock.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A user as the mock knows it: the bearer token that authenticates it, its person id (what the
 * owner fields of a project hold) and its permissions per company slug. A company absent from
 * {@code permissions} is a company the user cannot access.
 */
public record Identity(
    String name,
    String description,
    String token,
    long personId,
    boolean revoked,
    Map<String, Set<String>> permissions) {

  public Identity {
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    permissions.forEach(
        (company, granted) ->
            copy.put(company, Collections.unmodifiableSet(new LinkedHashSet<>(granted))));
    permissions = Collections.unmodifiableMap(copy);
  }

  /** The permissions in {@code company}, empty when the user has no access to it at all. */
  public Optional<Set<String>> permissionsIn(String company) {
    return Optional.ofNullable(permissions.get(company));
  }

  public Identity withRevoked(boolean value) {
    return new Identity(name, description, token, personId, value, permissions);
  }

  public Identity withPermissions(String company, Set<String> granted) {
    Map<String, Set<String>> next = new LinkedHashMap<>(permissions);
    next.put(company, granted);
    return new Identity(name, description, token, personId, revoked, next);
  }

  public Identity withoutCompany(String company) {
    Map<String, Set<String>> next = new LinkedHashMap<>(permissions);
    next.remove(company);
    return new Identity(name, description, token, personId, revoked, next);
  }
}
