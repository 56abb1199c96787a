package io.wethodkit.drift;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.conformance.checks.ProjectIds;
import io.wethodkit.conformance.client.Exchange;
import java.util.List;
import java.util.Optional;

/**
 * A whole list as one identity sees it, read page by page: its projects in order, the first page's
 * exchange, and why it could not be read whole, if it could not.
 */
record WholeList(List<JsonNode> items, Exchange firstPage, Optional<String> problem) {

  WholeList {
    items = List.copyOf(items);
  }

  List<String> ids() {
    return items.stream().map(ProjectIds::of).toList();
  }

  boolean readable() {
    return problem.isEmpty();
  }
}
