package io.wethodkit.contract;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may see what: the permissions of {@code x-required-permissions} and the Project fields of
 * {@code x-owner-fields} that make a project the user's own.
 */
public record AccessRules(Map<String, Visibility> permissions, List<String> ownerFields) {

  public AccessRules {
    permissions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(permissions));
    ownerFields = List.copyOf(ownerFields);
  }

  /** The permission that grants {@code visibility}. */
  public String permissionFor(Visibility visibility) {
    return findPermissionFor(visibility)
        .orElseThrow(() -> new ContractException("no permission grants " + visibility));
  }

  private Optional<String> findPermissionFor(Visibility visibility) {
    return permissions.entrySet().stream()
        .filter(entry -> entry.getValue() == visibility)
        .map(Map.Entry::getKey)
        .findFirst();
  }
}
