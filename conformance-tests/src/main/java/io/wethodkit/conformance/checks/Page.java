package io.wethodkit.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.conformance.client.Exchange;
import java.util.List;

/** One 200 answer whose body is a JSON array: the projects of one page. */
public record Page(Exchange exchange, List<JsonNode> items) {

  public Page {
    items = List.copyOf(items);
  }

  public List<String> ids() {
    return items.stream().map(ProjectIds::of).toList();
  }

  public int size() {
    return items.size();
  }
}
