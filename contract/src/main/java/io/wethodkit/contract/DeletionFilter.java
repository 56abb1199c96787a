package io.wethodkit.contract;

import java.util.Map;

/**
 * The query parameter that selects projects by deletion status ({@code x-deletion-filter}).
 *
 * @param parameter the query parameter's name
 * @param field the Project property that is non-null on a soft-deleted project
 * @param defaultValue the value that applies when the parameter is absent
 * @param scopes each allowed value with the projects it keeps, in the contract's order
 */
public record DeletionFilter(
    String parameter, String field, String defaultValue, Map<String, DeletionScope> scopes) {

  public DeletionFilter {
    scopes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scopes));
  }

  /** The value that selects {@code scope}. */
  public String valueFor(DeletionScope scope) {
    return scopes.entrySet().stream()
        .filter(entry -> entry.getValue() == scope)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(
            () -> new ContractException("no value of '" + parameter + "' selects " + scope));
  }
}
