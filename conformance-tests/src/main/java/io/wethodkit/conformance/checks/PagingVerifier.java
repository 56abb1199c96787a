package io.wethodkit.conformance.checks;

import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.client.Exchange;
import io.wethodkit.conformance.config.Role;
import io.wethodkit.contract.semantics.PageWindow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pagination and order, over the list the identity with both permissions sees by default. The order
 * is never assumed, only its stability: a page must be the window of the whole list (fetched with
 * the largest pages) that its offset and limit name.
 */
final class PagingVerifier {

  /** What every check here needs of the data. */
  private static final String VISIBLE = "projects visible to `both` without parameters";

  /** A value far past the end of any list, larger than a 64-bit integer. */
  static final String HUGE_OFFSET = "99999999999999999999";

  private PagingVerifier() {}

  private static Listing whole(RunContext ctx) {
    return ctx.listings().all(Role.BOTH, Map.of());
  }

  private static Page page(RunContext ctx, Long limit, Long offset) {
    Map<String, String> query = new LinkedHashMap<>();
    if (limit != null) {
      query.put(ctx.contract().limit().parameter(), String.valueOf(limit));
    }
    if (offset != null) {
      query.put(ctx.contract().offset().parameter(), String.valueOf(offset));
    }
    return ctx.listings().page(Role.BOTH, query);
  }

  static void limitDefault(RunContext ctx, Requirement req, Recorder rec) {
    long defaultLimit = ctx.contract().limit().defaultValue();
    Listing whole = whole(ctx);
    Page page = page(ctx, null, null);
    long expected = new PageWindow(0, defaultLimit).size(whole.size());
    rec.exercised();
    if (page.size() != expected) {
      rec.fail(
          page.exchange(),
          expected
              + " projects ("
              + whole.size()
              + " visible, default "
              + ctx.contract().limit().parameter()
              + " "
              + defaultLimit
              + "), not "
              + page.size());
    }
    rec.needs(VISIBLE, whole.size(), defaultLimit + 1);
  }

  static void limitMax(RunContext ctx, Requirement req, Recorder rec) {
    if (ctx.contract().limit().maximum().isEmpty()) {
      rec.cannotExercise("the contract states no maximum");
      return;
    }
    long max = ctx.contract().limit().maximum().getAsLong();
    String limit = ctx.contract().limit().parameter();
    Listing whole = whole(ctx);
    Page page = page(ctx, max, null);
    rec.exercised();
    int expected = new PageWindow(0, max).size(whole.size());
    if (page.size() != expected) {
      rec.fail(
          page.exchange(),
          expected + " projects with " + limit + "=" + max + ", not " + page.size());
    }
    Exchange above =
        ctx.client().send(ctx.requests().as(Role.BOTH, Map.of(limit, String.valueOf(max + 1))));
    if (above.status() == 200) {
      int size = Listings.page(above).size();
      if (size > max) {
        rec.fail(above, "at most " + max + " projects (or a 400), not " + size);
      }
    } else if (above.status() != 400) {
      rec.fail(above, "a 400 (or a page of at most " + max + " projects)");
    }
    rec.needs(VISIBLE, whole.size(), max + 1);
  }

  static void limitHonoured(RunContext ctx, Requirement req, Recorder rec) {
    Listing whole = whole(ctx);
    rec.needs(VISIBLE, whole.size(), 2);
    long pageSize = ctx.listings().pageSize();
    String limit = ctx.contract().limit().parameter();
    for (long n :
        List.of(1L, Math.min(7L, pageSize), Math.min(whole.size() + 1L, pageSize)).stream()
            .distinct()
            .toList()) {
      Page page = page(ctx, n, null);
      rec.exercised();
      long expected = new PageWindow(0, n).size(whole.size());
      if (page.size() != expected) {
        rec.fail(
            page.exchange(),
            expected + " projects with " + limit + "=" + n + ", not " + page.size());
      }
    }
    if (whole.size() >= 2) {
      Page last = page(ctx, pageSize, (long) whole.size() - 1);
      if (last.size() != 1) {
        rec.fail(last.exchange(), "the 1 project left at the end, not " + last.size());
      }
    }
  }

  static void offset(RunContext ctx, Requirement req, Recorder rec) {
    Listing whole = whole(ctx);
    int size = whole.size();
    rec.needs(VISIBLE, size, 2);
    if (size < 2) {
      return;
    }
    List<String> ids = whole.ids();
    long pageSize = ctx.listings().pageSize();
    long[][] windows = {
      {1, Math.min(5, pageSize)},
      {size / 2, Math.min(10, pageSize)},
      {size - 1, pageSize},
      {Math.min(size - 1, pageSize), pageSize}
    };
    for (long[] window : windows) {
      Page page = page(ctx, window[1], window[0]);
      List<String> expected = new PageWindow(window[0], window[1]).of(ids);
      rec.exercised();
      if (!page.ids().equals(expected)) {
        rec.fail(
            page.exchange(),
            "projects "
                + ProjectIds.describe(expected)
                + " (positions "
                + window[0]
                + " on of the whole list), not "
                + ProjectIds.describe(page.ids()));
      }
    }
  }

  static void offsetDefault(RunContext ctx, Requirement req, Recorder rec) {
    Listing whole = whole(ctx);
    rec.needs(VISIBLE, whole.size());
    if (whole.size() == 0) {
      return;
    }
    long n = Math.min(5, ctx.listings().pageSize());
    Page implicit = page(ctx, n, null);
    List<String> expected = new PageWindow(0, n).of(whole.ids());
    rec.exercised();
    if (!implicit.ids().equals(expected)) {
      rec.fail(
          implicit.exchange(),
          "the first projects of the list "
              + ProjectIds.describe(expected)
              + ", not "
              + ProjectIds.describe(implicit.ids()));
    }
  }

  static void offsetPastEnd(RunContext ctx, Requirement req, Recorder rec) {
    Listing whole = whole(ctx);
    String offset = ctx.contract().offset().parameter();
    for (String value :
        List.of(String.valueOf(whole.size()), String.valueOf(whole.size() + 1000L), HUGE_OFFSET)) {
      Exchange exchange = ctx.client().send(ctx.requests().as(Role.BOTH, Map.of(offset, value)));
      rec.exercised();
      if (exchange.status() != 200) {
        rec.fail(exchange, "200 with an empty page for " + offset + "=" + value);
        continue;
      }
      Page page = Listings.page(exchange);
      if (page.size() != 0) {
        rec.fail(
            exchange,
            "an empty page for " + offset + "=" + value + ", not " + page.size() + " projects");
      }
    }
  }

  /** The same page asked twice, at the start and inside the list, comes back the same. */
  static void stability(RunContext ctx, Requirement req, Recorder rec) {
    String offset = ctx.contract().offset().parameter();
    String limit = ctx.contract().limit().parameter();
    int size = 0;
    for (String start : List.of("0", "3")) {
      Map<String, String> query = new LinkedHashMap<>(ctx.allScopes());
      query.put(limit, String.valueOf(Math.min(20, ctx.listings().pageSize())));
      query.put(offset, start);
      Page first = ctx.listings().page(Role.BOTH, query);
      Page again = ctx.listings().page(Role.BOTH, query);
      rec.exercised();
      size = Math.max(size, first.size());
      if (!first.ids().equals(again.ids())) {
        rec.fail(
            again.exchange(),
            "the same projects in the same order as the same request before: "
                + ProjectIds.describe(first.ids())
                + ", not "
                + ProjectIds.describe(again.ids()));
      }
    }
    rec.needs("projects on the pages asked twice", size, 2);
  }
}
