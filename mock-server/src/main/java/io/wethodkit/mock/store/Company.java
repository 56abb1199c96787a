package io.wethodkit.mock.store;

import java.util.List;
import java.util.Optional;

/** A company (tenant), named by its slug in the company header, with its metadata definitions. */
public record Company(String slug, String name, List<MetadataDefinition> metadata) {

  public Company {
    metadata = List.copyOf(metadata);
  }

  public Optional<MetadataDefinition> metadata(long id) {
    for (MetadataDefinition definition : metadata) {
      if (definition.id() == id) {
        return Optional.of(definition);
      }
    }
    return Optional.empty();
  }
}
