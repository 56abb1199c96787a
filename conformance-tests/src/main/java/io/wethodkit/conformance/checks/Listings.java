package io.wethodkit.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.conformance.client.Exchange;
import io.wethodkit.conformance.client.QueryString;
import io.wethodkit.conformance.client.TargetClient;
import io.wethodkit.conformance.client.TargetRequest;
import io.wethodkit.conformance.config.Role;
import io.wethodkit.contract.Contract;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches pages and whole lists. A whole list is fetched page by page with the largest page the
 * contract allows, and kept for the run, so that checks over the same list do not fetch it again.
 */
public final class Listings {

  /** A guard against a target whose pages never end. */
  static final int MAX_PAGES = 2000;

  private final Contract contract;
  private final TargetClient client;
  private final Requests requests;
  private final Map<String, Object> cache = new ConcurrentHashMap<>();
  private volatile Runnable prerequisite = () -> {};

  Listings(Contract contract, TargetClient client, Requests requests) {
    this.contract = contract;
    this.client = client;
    this.requests = requests;
  }

  /**
   * What must hold before a whole list is worth reading: it throws (a {@link Blocked}) when the
   * list cannot be read page by page, so that checks built on whole lists do not blame their own
   * requirement for a paging fault.
   */
  void requireBefore(Runnable prerequisite) {
    this.prerequisite = prerequisite;
  }

  /** The largest page size the contract allows (the default when it states no maximum). */
  public long pageSize() {
    return contract.limit().maximum().orElse(contract.limit().defaultValue());
  }

  /** Sends {@code request} and expects a 200 whose body is a JSON array. */
  public Page page(TargetRequest request) {
    Exchange exchange = client.send(request);
    return page(exchange);
  }

  /** A 200 with a JSON array as {@code role}, {@code parameters} encoded. */
  public Page page(Role role, Map<String, String> parameters) {
    return page(requests.as(role, parameters));
  }

  /** Reads {@code exchange} as a page, or throws {@link TargetMisbehaved}. */
  public static Page page(Exchange exchange) {
    if (exchange.status() != 200) {
      throw new TargetMisbehaved(exchange, "200 with a JSON array of projects");
    }
    Optional<JsonNode> body = exchange.json();
    if (body.isEmpty() || !body.get().isArray()) {
      throw new TargetMisbehaved(exchange, "a JSON array of projects as the body");
    }
    List<JsonNode> items = new ArrayList<>();
    body.get().forEach(items::add);
    for (JsonNode item : items) {
      if (!item.isObject()) {
        throw new TargetMisbehaved(exchange, "every item of the array to be a project object");
      }
    }
    return new Page(exchange, items);
  }

  /** The whole list as {@code role} with {@code parameters} (no limit/offset), kept for the run. */
  public Listing all(Role role, Map<String, String> parameters) {
    prerequisite.run();
    return readAll(role, parameters);
  }

  /** {@link #all} without the prerequisite: for the prerequisite itself. */
  Listing readAll(Role role, Map<String, String> parameters) {
    String key = role + " " + new TreeMap<>(parameters);
    Object cached = cache.computeIfAbsent(key, k -> fetchOrFailure(role, parameters));
    if (cached instanceof TargetMisbehaved failure) {
      throw failure;
    }
    return (Listing) cached;
  }

  /**
   * The whole list in pages of {@code size}, fetched afresh (not kept), without the prerequisite.
   */
  Listing read(Role role, Map<String, String> parameters, long size) {
    return read(requests.as(role), parameters, size);
  }

  /**
   * The whole list that {@code base} (its headers) asks for with {@code parameters}, in pages of
   * {@code size}, fetched afresh, without the prerequisite.
   */
  Listing read(TargetRequest base, Map<String, String> parameters, long size) {
    String limit = contract.limit().parameter();
    String offset = contract.offset().parameter();
    List<JsonNode> items = new ArrayList<>();
    List<Exchange> pages = new ArrayList<>();
    List<String> previous = null;
    long position = 0;
    for (int n = 0; n < MAX_PAGES; n++) {
      Map<String, String> query = new LinkedHashMap<>(parameters);
      query.put(limit, String.valueOf(size));
      query.put(offset, String.valueOf(position));
      Page page = page(base.withQuery(QueryString.of(query)));
      pages.add(page.exchange());
      if (page.size() > size) {
        throw new TargetMisbehaved(
            page.exchange(), "at most " + size + " projects (" + limit + "=" + size + ")");
      }
      if (previous != null && !page.ids().isEmpty() && page.ids().equals(previous)) {
        throw new TargetMisbehaved(
            page.exchange(),
            "the page at " + offset + "=" + position + " to differ from the one before");
      }
      items.addAll(page.items());
      if (page.size() < size || page.size() == 0) {
        return new Listing(items, pages);
      }
      previous = page.ids();
      position += page.size();
    }
    throw new TargetMisbehaved(
        pages.get(pages.size() - 1), "the list to end within " + MAX_PAGES + " pages");
  }

  private Object fetchOrFailure(Role role, Map<String, String> parameters) {
    try {
      return read(role, parameters, pageSize());
    } catch (TargetMisbehaved failure) {
      return failure;
    }
  }
}
