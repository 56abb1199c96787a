package io.wethodkit.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.config.Role;
import io.wethodkit.contract.DeletionScope;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The deletion parameter: each value keeps the projects of its scope, the union value is exactly
 * the other two together, and no value is the same as the default one.
 */
final class DeletionVerifier {

  private DeletionVerifier() {}

  static void register(Map<String, Check> checks) {
    checks.put("deleted-value", DeletionVerifier::value);
    checks.put("deleted-default", DeletionVerifier::byDefault);
  }

  /**
   * Whether {@code project} is soft-deleted: its {@code field} holds a value (Interpretation 6).
   */
  static boolean deleted(JsonNode project, String field) {
    JsonNode value = project.get(field);
    return value != null && !value.isNull();
  }

  private static Listing scope(RunContext ctx, DeletionScope scope) {
    return ctx.listings()
        .all(
            Role.BOTH,
            Map.of(ctx.contract().deletionFilter().parameter(), ctx.deletionValue(scope)));
  }

  private static void value(RunContext ctx, Requirement req, Recorder rec) {
    String value = req.requiredBinding("value");
    DeletionScope scope = ctx.contract().deletionFilter().scopes().get(value);
    Listing active = scope(ctx, DeletionScope.ACTIVE);
    Listing deleted = scope(ctx, DeletionScope.DELETED);
    Listing all = scope(ctx, DeletionScope.ALL);
    String name = ctx.contract().deletionFilter().parameter() + "=" + value;
    switch (scope) {
      case ACTIVE -> {
        everyProject(active, false, name, ctx.contract().deletionFilter().field(), rec);
        subset(active, all, name, ctx.deletionValue(DeletionScope.ALL), rec);
        requireDeleted(ctx, all, deleted, rec);
      }
      case DELETED -> {
        everyProject(deleted, true, name, ctx.contract().deletionFilter().field(), rec);
        subset(deleted, all, name, ctx.deletionValue(DeletionScope.ALL), rec);
        requireDeleted(ctx, all, deleted, rec);
      }
      case ALL -> {
        rec.exercised();
        Set<String> union = new LinkedHashSet<>(active.ids());
        Set<String> overlap = new LinkedHashSet<>(deleted.ids());
        overlap.retainAll(union);
        union.addAll(deleted.ids());
        Set<String> whole = new LinkedHashSet<>(all.ids());
        if (!overlap.isEmpty()) {
          rec.fail(
              all.firstPage(),
              "no project both active and soft-deleted; in both: " + ProjectIds.describe(overlap));
        }
        if (!union.equals(whole) || whole.size() != all.size()) {
          Set<String> missing = new LinkedHashSet<>(union);
          missing.removeAll(whole);
          Set<String> extra = new LinkedHashSet<>(whole);
          extra.removeAll(union);
          rec.fail(
              all.firstPage(),
              name
                  + " to hold exactly the active and the soft-deleted projects, once each"
                  + (missing.isEmpty() ? "" : "; missing " + ProjectIds.describe(missing))
                  + (extra.isEmpty() ? "" : "; in neither " + ProjectIds.describe(extra))
                  + (whole.size() != all.size() ? "; some projects listed twice" : ""));
        }
        if (active.size() == 0 || deleted.size() == 0) {
          rec.cannotExercise("the target needs both active and soft-deleted projects");
        }
      }
    }
  }

  private static void everyProject(
      Listing listing, boolean deleted, String name, String field, Recorder rec) {
    rec.exercised();
    Set<String> wrong = new LinkedHashSet<>();
    for (JsonNode project : listing.items()) {
      if (deleted(project, field) != deleted) {
        wrong.add(ProjectIds.of(project));
      }
    }
    if (!wrong.isEmpty()) {
      rec.fail(
          listing.firstPage(),
          name
              + " to return only projects whose "
              + field
              + " is "
              + (deleted ? "set" : "null")
              + "; not so for "
              + ProjectIds.describe(wrong));
    }
  }

  private static void subset(
      Listing part, Listing all, String name, String allValue, Recorder rec) {
    Set<String> missing = new LinkedHashSet<>(part.ids());
    missing.removeAll(all.ids());
    if (!missing.isEmpty()) {
      rec.fail(
          part.firstPage(),
          "every project of "
              + name
              + " to be in the answer with "
              + allValue
              + "; not "
              + ProjectIds.describe(missing));
    }
  }

  private static void requireDeleted(RunContext ctx, Listing all, Listing deleted, Recorder rec) {
    String field = ctx.contract().deletionFilter().field();
    if (deleted.size() == 0 && all.items().stream().noneMatch(p -> deleted(p, field))) {
      rec.cannotExercise("the target holds no soft-deleted project");
    }
  }

  private static void byDefault(RunContext ctx, Requirement req, Recorder rec) {
    String defaultValue = ctx.contract().deletionFilter().defaultValue();
    DeletionScope defaultScope = ctx.contract().deletionFilter().scopes().get(defaultValue);
    Listing implicit = ctx.listings().all(Role.BOTH, Map.of());
    Listing explicit = scope(ctx, defaultScope);
    rec.exercised();
    Set<String> a = new LinkedHashSet<>(implicit.ids());
    Set<String> b = new LinkedHashSet<>(explicit.ids());
    if (!a.equals(b)) {
      Set<String> extra = new LinkedHashSet<>(a);
      extra.removeAll(b);
      Set<String> missing = new LinkedHashSet<>(b);
      missing.removeAll(a);
      rec.fail(
          implicit.firstPage(),
          "the projects of "
              + ctx.contract().deletionFilter().parameter()
              + "="
              + defaultValue
              + (missing.isEmpty() ? "" : "; missing " + ProjectIds.describe(missing))
              + (extra.isEmpty() ? "" : "; not in it " + ProjectIds.describe(extra)));
    }
    requireDeleted(ctx, scope(ctx, DeletionScope.ALL), scope(ctx, DeletionScope.DELETED), rec);
  }
}
