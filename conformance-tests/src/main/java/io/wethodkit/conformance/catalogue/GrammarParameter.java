package io.wethodkit.conformance.catalogue;

import io.wethodkit.contract.FilterDefinition;
import java.util.Optional;

/**
 * A query parameter of the contract that has a grammar the suite can check: a filter, the deletion
 * filter, or a pagination parameter.
 */
public record GrammarParameter(String name, Kind kind, Optional<FilterDefinition> filter) {

  /** What the parameter does. */
  public enum Kind {
    FILTER("filter"),
    DELETION("deletion"),
    LIMIT("pagination"),
    OFFSET("pagination");

    private final String catalogueName;

    Kind(String catalogueName) {
      this.catalogueName = catalogueName;
    }

    /** The name a catalogue {@code when: {kind: ...}} uses. */
    public String catalogueName() {
      return catalogueName;
    }
  }
}
