package io.wethodkit.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.conformance.client.Exchange;
import java.util.List;

/** A whole list fetched page by page: its projects in the target's order, and the pages. */
public record Listing(List<JsonNode> items, List<Exchange> pages) {

  public Listing {
    items = List.copyOf(items);
    pages = List.copyOf(pages);
  }

  public List<String> ids() {
    return items.stream().map(ProjectIds::of).toList();
  }

  public int size() {
    return items.size();
  }

  /** The first page's exchange, as evidence for the list as a whole. */
  public Exchange firstPage() {
    return pages.get(0);
  }
}
