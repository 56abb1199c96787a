package io.wethodkit.drift;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.conformance.checks.ProjectIds;
import io.wethodkit.contract.Contract;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mock only holds projects that its contract's Project schema allows, so a project of the
 * target's list that the schema rules out is a difference before any request: grouped by the
 * requirement it breaks, with the first such project as example.
 */
final class SchemaDrift {

  private static final String METADATA_PREFIX = "metadata_";

  private final Contract contract;

  SchemaDrift(Contract contract) {
    this.contract = contract;
  }

  /** Requirement id to the problems found, each {@code id: problem}, first project first. */
  Map<String, List<String>> problems(List<JsonNode> items) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (JsonNode item : items) {
      for (String problem : contract.schemas().validateComponent("Project", item)) {
        String requirement =
            problem.contains(METADATA_PREFIX) ? "PRJ-METADATA-WITH-VALUE" : "PRJ-SCHEMA-200";
        out.computeIfAbsent(requirement, k -> new ArrayList<>())
            .add("project " + ProjectIds.of(item) + ": " + problem);
      }
    }
    return out;
  }
}
