package io.wethodkit.mock.coverage;

import io.wethodkit.contract.DeletionScope;
import io.wethodkit.contract.PageParameter;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.endpoint.Trace;

/**
 * The pages, worked out from how many projects an identity sees (counted page by page through the
 * endpoint), and a page that shows a project with metadata.
 */
final class PageRequests extends RequestFinder {

  /** Page sizes tried for a last short page: the first that leaves a remainder wins. */
  private static final long[] SHORT_PAGE_SIZES = {10, 7, 3, 2};

  /** How many pages the search for a project with metadata reads at most, per identity. */
  private static final int METADATA_PAGES = 50;

  PageRequests(ProbeSearch search) {
    super(search);
  }

  @Override
  void find() {
    pages();
    metadata();
  }

  private void pages() {
    if (!wants("page.") || pairs.isEmpty()) {
      return;
    }
    PageParameter limit = contract.limit();
    PageParameter offset = contract.offset();
    Probe base = pairs.get(0).base();
    // Each request is tried for its own behaviour only, so that its note says why it meets it.
    tryProbe(
        base.targets("page.default-limit")
            .note("No " + limit.parameter() + ": the default page size."));
    limit
        .maximum()
        .ifPresent(
            max ->
                tryProbe(
                    base.targets("page.max-limit")
                        .query(
                            limit.parameter() + "=" + max,
                            "The largest " + limit.parameter() + " the contract allows.")));
    ProbeSearch.Pair counted = null;
    long count = 0;
    for (ProbeSearch.Pair candidate : pairs) {
      count = visible(candidate);
      if (count > 0) {
        counted = candidate;
        break;
      }
    }
    if (counted == null) {
      String none = "No identity sees any project: add projects, or permissions to see them.";
      reason("page.later", none);
      reason("page.last-short", none);
      reason("page.past-end", none);
      return;
    }
    Probe seen = counted.base();
    String holds =
        counted.identity().name()
            + " sees "
            + count
            + (count == 1 ? " project" : " projects")
            + " of "
            + counted.company();
    long size = Math.max(limit.minimum(), Math.min(10, limit.maximum().orElse(10)));
    if (count > 1) {
      long step = count > size ? size : 1;
      tryProbe(
          seen.targets("page.later")
              .query(
                  limit.parameter() + "=" + step + "&" + offset.parameter() + "=" + step,
                  holds + ": the page after the first " + step + "."));
    } else {
      reason("page.later", holds + ": there is no later page (add projects).");
    }
    for (long pageSize : SHORT_PAGE_SIZES) {
      if (!wantsExactly("page.last-short")) {
        break;
      }
      if (limit.read(String.valueOf(pageSize)).isEmpty() || count % pageSize == 0) {
        continue;
      }
      long start = count - count % pageSize;
      tryProbe(
          seen.targets("page.last-short")
              .query(
                  limit.parameter()
                      + "="
                      + pageSize
                      + (start == 0 ? "" : "&" + offset.parameter() + "=" + start),
                  holds
                      + ": from "
                      + start
                      + ", a page of "
                      + pageSize
                      + " holds the last "
                      + count % pageSize
                      + "."));
    }
    tryProbe(
        seen.targets("page.past-end")
            .query(
                offset.parameter() + "=" + count,
                holds + ": " + offset.parameter() + " " + count + " is past the end."));
  }

  /** How many projects {@code pair} sees by default, read page by page from the endpoint. */
  private long visible(ProbeSearch.Pair pair) {
    PageParameter limit = contract.limit();
    long chunk = Math.max(limit.minimum(), Math.min(100, limit.maximum().orElse(100)));
    Probe base = pair.base();
    // The smallest offset, a multiple of chunk, whose page is not full: then count = offset +
    // its size. Doubling, then halving, keeps a large dataset to a few dozen pages.
    long full = -1; // the greatest multiple known to hold a full page
    long step = 1;
    long notFull;
    while (true) {
      long at = (full + step) * chunk;
      int listed = listed(base, chunk, at);
      if (listed < chunk) {
        notFull = full + step;
        break;
      }
      full = full + step;
      step *= 2;
    }
    long low = full + 1;
    long high = notFull;
    while (low < high) {
      long middle = (low + high) / 2;
      if (listed(base, chunk, middle * chunk) < chunk) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low * chunk + listed(base, chunk, low * chunk);
  }

  private int listed(Probe base, long chunk, long offset) {
    String query =
        contract.limit().parameter()
            + "="
            + chunk
            + "&"
            + contract.offset().parameter()
            + "="
            + offset;
    return explain(base.query(query, "")).facts().listed();
  }

  private void metadata() {
    if (!wants("metadata.")) {
      return;
    }
    reason(
        "metadata.",
        "No project that an identity sees carries a metadata field: give one a metadata_<id>"
            + " value ("
            + route(AdminRouteTable.Projects.UPDATE)
            + ").");
    PageParameter limit = contract.limit();
    long chunk = Math.max(limit.minimum(), Math.min(100, limit.maximum().orElse(100)));
    var deletion = contract.deletionFilter();
    String all =
        deletion.scopes().containsValue(DeletionScope.ALL)
            ? deletion.parameter() + "=" + encode(deletion.valueFor(DeletionScope.ALL)) + "&"
            : "";
    for (ProbeSearch.Pair pair : pairs) {
      Probe base = pair.base().targets("metadata.");
      for (int page = 0; page < METADATA_PAGES && wants("metadata."); page++) {
        String query =
            all
                + limit.parameter()
                + "="
                + chunk
                + (page == 0 ? "" : "&" + contract.offset().parameter() + "=" + page * chunk);
        Trace trace =
            tryProbe(base.query(query, "A project on this page carries a metadata field."));
        if (trace.facts().listed() < chunk) {
          break;
        }
      }
      if (!wants("metadata.")) {
        return;
      }
    }
  }
}
