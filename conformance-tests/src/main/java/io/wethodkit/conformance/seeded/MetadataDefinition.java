package io.wethodkit.conformance.seeded;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A project metadata definition of a fixture company. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MetadataDefinition(
    long id, String key, List<String> values, @JsonProperty("is_required") boolean required) {}
