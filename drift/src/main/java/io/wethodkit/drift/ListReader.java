package io.wethodkit.drift;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.conformance.client.Exchange;
import io.wethodkit.conformance.client.QueryString;
import io.wethodkit.conformance.client.TargetClient;
import io.wethodkit.conformance.client.TargetRequest;
import io.wethodkit.contract.Contract;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a whole list page by page, with the largest page the contract allows, from the target or
 * from the mock.
 */
final class ListReader {

  /** A guard against a list whose pages never end. */
  private static final int MAX_PAGES = 5000;

  private final Contract contract;

  ListReader(Contract contract) {
    this.contract = contract;
  }

  long pageSize() {
    return contract.limit().maximum().orElse(contract.limit().defaultValue());
  }

  /** The page of {@code request} at {@code position}, as large as the contract allows. */
  TargetRequest page(TargetRequest request, long position) {
    return page(request, position, pageSize());
  }

  private TargetRequest page(TargetRequest request, long position, long size) {
    QueryString page =
        QueryString.empty()
            .add(contract.limit().parameter(), String.valueOf(size))
            .add(contract.offset().parameter(), String.valueOf(position));
    return request.withQuery(
        request.rawQuery().isEmpty() ? page.toString() : request.rawQuery() + "&" + page);
  }

  /** The whole list of {@code request}, whose query must hold no limit or offset. */
  WholeList read(TargetClient client, TargetRequest request) {
    return read(client, request, pageSize());
  }

  /**
   * The whole list of {@code request} read in pages of {@code size}: compared with {@link
   * #read(TargetClient, TargetRequest)}, it shows whether pages of any size concatenate to one
   * list.
   */
  WholeList read(TargetClient client, TargetRequest request, long size) {
    List<JsonNode> items = new ArrayList<>();
    Exchange first = null;
    long position = 0;
    for (int n = 0; n < MAX_PAGES; n++) {
      Exchange exchange = client.send(page(request, position, size));
      first = first == null ? exchange : first;
      Observation page = Observation.of(exchange);
      if (page.status() != 200 || !page.isList()) {
        return new WholeList(
            items,
            first,
            Optional.of("the page at offset " + position + ": " + exchange.summary()));
      }
      exchange.json().orElseThrow().forEach(items::add);
      if (page.ids().size() < size) {
        return new WholeList(items, first, Optional.empty());
      }
      position += page.ids().size();
    }
    return new WholeList(
        items, first, Optional.of("the list did not end within " + MAX_PAGES + " pages"));
  }
}
