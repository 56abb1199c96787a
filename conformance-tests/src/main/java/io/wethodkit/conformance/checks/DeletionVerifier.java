package io.wethodkit.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.config.Role;
import io.wethodkit.contract.DeletionScope;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The deletion parameter: each value keeps exactly the projects of its scope among those the union
 * value lists, the union value holds every project of the other two, and no value is the same as
 * the default one.
 */
final class DeletionVerifier {

  private DeletionVerifier() {}

  private static Listing scope(RunContext ctx, DeletionScope scope) {
    return ctx.listings()
        .all(
            Role.BOTH,
            Map.of(ctx.contract().deletionFilter().parameter(), ctx.deletionValue(scope)));
  }

  /**
   * Each scope against the list with both: exactly its projects, judged by the marker field of the
   * union's items (a project without the field is active, Interpretation 10), so that an answer
   * short of projects fails this scope and not another.
   */
  static void value(RunContext ctx, Requirement req, Recorder rec) {
    String value = req.requiredBinding("value");
    DeletionScope scope = ctx.contract().deletionFilter().scopes().get(value);
    String field = ctx.contract().deletionFilter().field();
    Listing all = scope(ctx, DeletionScope.ALL);
    String name = ctx.contract().deletionFilter().parameter() + "=" + value;
    Set<String> deletedIds = idsWhere(all, p -> ctx.semantics().isDeleted(p));
    Set<String> activeIds = idsWhere(all, p -> !ctx.semantics().isDeleted(p));
    rec.exercised();
    switch (scope) {
      case ACTIVE -> exactly(scope(ctx, DeletionScope.ACTIVE), activeIds, name, field, "null", rec);
      case DELETED ->
          exactly(scope(ctx, DeletionScope.DELETED), deletedIds, name, field, "set", rec);
      case ALL -> {
        Set<String> others = new LinkedHashSet<>(scope(ctx, DeletionScope.ACTIVE).ids());
        others.addAll(scope(ctx, DeletionScope.DELETED).ids());
        others.removeAll(all.ids());
        if (!others.isEmpty()) {
          rec.fail(
              all.firstPage(),
              name
                  + " to hold every project of the other two values; missing "
                  + ProjectIds.describe(others));
        }
        if (new LinkedHashSet<>(all.ids()).size() != all.size()) {
          rec.fail(all.firstPage(), name + " to list each project once");
        }
      }
    }
    rec.needs("soft-deleted projects visible to `both`", deletedIds.size());
    rec.needs("active projects visible to `both`", activeIds.size());
  }

  private static Set<String> idsWhere(Listing listing, Predicate<JsonNode> keep) {
    return listing.items().stream()
        .filter(keep)
        .map(ProjectIds::of)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static void exactly(
      Listing answer,
      Set<String> expected,
      String name,
      String field,
      String marker,
      Recorder rec) {
    Set<String> actual = new LinkedHashSet<>(answer.ids());
    Set<String> missing = new LinkedHashSet<>(expected);
    missing.removeAll(actual);
    Set<String> extra = new LinkedHashSet<>(actual);
    extra.removeAll(expected);
    if (!missing.isEmpty() || !extra.isEmpty()) {
      rec.fail(
          answer.firstPage(),
          name
              + " to return exactly the "
              + ProjectIds.count(expected.size())
              + " of the whole list whose "
              + field
              + " is "
              + marker
              + (missing.isEmpty() ? "" : "; missing " + ProjectIds.describe(missing))
              + (extra.isEmpty() ? "" : "; not of that scope " + ProjectIds.describe(extra)));
    }
  }

  /** Without the parameter: the default value's answer, and so the default scope's projects. */
  static void byDefault(RunContext ctx, Requirement req, Recorder rec) {
    String defaultValue = ctx.contract().deletionFilter().defaultValue();
    DeletionScope defaultScope = ctx.contract().deletionFilter().scopes().get(defaultValue);
    String field = ctx.contract().deletionFilter().field();
    Listing all = scope(ctx, DeletionScope.ALL);
    Set<String> expected = idsWhere(all, p -> ctx.semantics().keeps(defaultScope, p));
    Listing implicit = ctx.listings().all(Role.BOTH, Map.of());
    rec.exercised();
    exactly(
        implicit,
        expected,
        "no " + ctx.contract().deletionFilter().parameter() + " (default " + defaultValue + ")",
        field,
        defaultScope == DeletionScope.ACTIVE ? "null" : "set",
        rec);
    rec.needs(
        "soft-deleted projects visible to `both`",
        all.items().stream().filter(p -> ctx.semantics().isDeleted(p)).count());
  }
}
