package io.wethodkit.conformance.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** One entry of {@code requirements.yaml} as written: a requirement, or a template of some. */
record CatalogueEntry(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) Level level,
    @JsonProperty(required = true) String status,
    @JsonProperty(required = true) String area,
    @JsonProperty(required = true) String title,
    String source,
    List<String> page,
    String rationale,
    @JsonProperty(required = true) String check,
    String each,
    Map<String, List<String>> when,
    Map<String, String> params) {

  Map<String, List<String>> conditions() {
    return when == null ? Map.of() : when;
  }

  Map<String, String> fixedParams() {
    return params == null ? Map.of() : params;
  }
}
