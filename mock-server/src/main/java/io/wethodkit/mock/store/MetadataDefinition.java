package io.wethodkit.mock.store;

import java.util.List;

/** A project metadata of a company: {@code metadata_<id>} fields take one of its {@code values}. */
public record MetadataDefinition(long id, String key, List<String> values, boolean required) {

  /** The project field that carries this metadata. */
  public static final String FIELD_PREFIX = "metadata_";

  public MetadataDefinition {
    values = List.copyOf(values);
  }

  public String fieldName() {
    return FIELD_PREFIX + id;
  }
}
