package io.wethodkit.conformance.seeded;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A company of the fixture dataset ({@code companies.json}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FixtureCompany(String slug, String name, List<MetadataDefinition> metadata) {

  public FixtureCompany {
    metadata = metadata == null ? List.of() : List.copyOf(metadata);
  }
}
