package io.wethodkit.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.conformance.config.Role;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every check that reads a whole list rests on: the list can be read page by page. Each page
 * is a 200 array of at most {@code limit} projects, with or without a filter; the page at the end
 * is empty; the same reading gives the same sequence; pages of another size concatenate to it. When
 * this fails, a wrong answer to a filter or a permission would only repeat the paging fault, so
 * those checks are blocked rather than failed.
 */
final class ListingPrerequisite {

  private ListingPrerequisite() {}

  /** Reads the lists the way every dependent check will, recording what goes wrong. */
  static Recorder evaluate(RunContext ctx) {
    Recorder rec = new Recorder();
    Listings listings = ctx.listings();
    Map<String, String> all = ctx.allScopes();
    Listing whole;
    try {
      whole = listings.readAll(Role.BOTH, all);
      rec.exercised();
      endIsEmpty(ctx, whole, rec);
      Listing again = listings.read(Role.BOTH, all, listings.pageSize());
      if (!again.ids().equals(whole.ids())) {
        rec.fail(
            again.firstPage(),
            "the whole list read twice in pages of "
                + listings.pageSize()
                + " to be the same sequence: "
                + ProjectIds.describe(whole.ids())
                + " then "
                + ProjectIds.describe(again.ids()));
      }
      concatenation(ctx, whole, rec);
      for (FilterDefinition filter : ctx.contract().filters()) {
        filteredPages(ctx, whole, filter, rec);
      }
    } catch (TargetMisbehaved misbehaved) {
      rec.fail(misbehaved.evidence());
    }
    return rec;
  }

  /** A page that starts at the end of the list is how a reader learns that a full page was last. */
  private static void endIsEmpty(RunContext ctx, Listing whole, Recorder rec) {
    Map<String, String> query = new LinkedHashMap<>(ctx.allScopes());
    query.put(ctx.contract().limit().parameter(), String.valueOf(ctx.listings().pageSize()));
    query.put(ctx.contract().offset().parameter(), String.valueOf(whole.size()));
    Page end = ctx.listings().page(Role.BOTH, query);
    if (end.size() != 0) {
      rec.fail(
          end.exchange(),
          "an empty page at the end of the "
              + ProjectIds.count(whole.size())
              + ", not "
              + ProjectIds.count(end.size()));
    }
  }

  private static void concatenation(RunContext ctx, Listing whole, Recorder rec) {
    long size = Math.max(2, Math.min(ctx.listings().pageSize(), (whole.size() + 4) / 5));
    rec.needs("projects visible to `both`, soft-deleted ones included", whole.size(), size + 1);
    if (whole.size() <= size) {
      return;
    }
    Listing small = ctx.listings().read(Role.BOTH, ctx.allScopes(), size);
    Set<String> seen = new HashSet<>();
    Set<String> twice = new HashSet<>();
    for (String id : small.ids()) {
      if (!seen.add(id)) {
        twice.add(id);
      }
    }
    if (!twice.isEmpty() || !small.ids().equals(whole.ids())) {
      rec.fail(
          small.firstPage(),
          "pages of "
              + size
              + " to concatenate to the list read in pages of "
              + ctx.listings().pageSize()
              + " ("
              + ProjectIds.count(whole.size())
              + "), not "
              + ProjectIds.count(small.size())
              + (twice.isEmpty() ? " in another order or set" : "; twice: " + twice));
    }
  }

  /**
   * A filter does not change how paging works: with a filter that keeps at least two projects,
   * {@code limit=1} gives one project, and {@code offset=1} the next one of the filtered list.
   */
  private static void filteredPages(
      RunContext ctx, Listing whole, FilterDefinition filter, Recorder rec) {
    Optional<FilterProbe> probe = probeKeepingTwo(ctx, whole, filter);
    if (probe.isEmpty()) {
      return;
    }
    Map<String, String> query = new LinkedHashMap<>(ctx.allScopes());
    query.put(filter.parameter(), probe.get().value());
    Listing filtered = ctx.listings().readAll(Role.BOTH, query);
    if (filtered.size() < 2) {
      return; // The filter's own check judges what it keeps; paging needs two to tell.
    }
    for (int offset = 0; offset < 2; offset++) {
      Map<String, String> window = new LinkedHashMap<>(query);
      window.put(ctx.contract().limit().parameter(), "1");
      window.put(ctx.contract().offset().parameter(), String.valueOf(offset));
      Page page = ctx.listings().page(Role.BOTH, window);
      List<String> expected = filtered.ids().subList(offset, offset + 1);
      if (!page.ids().equals(expected)) {
        rec.fail(
            page.exchange(),
            "with "
                + probe.get().describe()
                + " (a list of "
                + ProjectIds.count(filtered.size())
                + "), the window of 1 at "
                + offset
                + ": "
                + expected
                + ", not "
                + ProjectIds.describe(page.ids()));
      }
    }
  }

  private static Optional<FilterProbe> probeKeepingTwo(
      RunContext ctx, Listing whole, FilterDefinition filter) {
    List<JsonNode> candidates =
        whole.items().stream().filter(p -> ctx.semantics().hasValue(filter, p)).toList();
    FilterOperator operator =
        filter.operators().contains(FilterOperator.GT)
            ? FilterOperator.GT
            : filter.operators().get(0);
    return FilterProbes.forOperator(filter, operator, candidates).stream()
        .filter(p -> FilterVerifier.select(whole.items(), p.predicate(ctx.semantics())).size() >= 2)
        .findFirst();
  }
}
