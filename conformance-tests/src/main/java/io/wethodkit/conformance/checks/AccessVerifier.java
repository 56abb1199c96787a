package io.wethodkit.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.client.Exchange;
import io.wethodkit.conformance.client.QueryString;
import io.wethodkit.conformance.client.TargetRequest;
import io.wethodkit.conformance.config.Role;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who sees what: each permission profile sees exactly the projects its permissions allow by person
 * id (the identity with both permissions sees the whole list they are measured against), and
 * companies other than one's own yield nothing.
 */
final class AccessVerifier {

  private AccessVerifier() {}

  /** Whether one of the contract's owner fields holds {@code personId}. */
  static boolean owns(RunContext ctx, JsonNode project, long personId) {
    return ctx.semantics().owns(project, personId);
  }

  static void profile(RunContext ctx, Recorder rec, Role role, boolean own) {
    long person = ctx.config().identity(role).personId();
    Listing universe = ctx.universe();
    Listing seen = ctx.listings().all(role, ctx.allScopes());
    Set<String> expected = new LinkedHashSet<>();
    Set<String> rest = new LinkedHashSet<>();
    for (JsonNode project : universe.items()) {
      (owns(ctx, project, person) == own ? expected : rest).add(ProjectIds.of(project));
    }
    rec.exercised();
    Set<String> wrong = new LinkedHashSet<>();
    for (JsonNode project : seen.items()) {
      if (owns(ctx, project, person) != own) {
        wrong.add(ProjectIds.of(project));
      }
    }
    String rule = own ? "is the PM or the Account" : "is neither the PM nor the Account";
    if (!wrong.isEmpty()) {
      rec.fail(
          seen.firstPage(),
          "only projects where person "
              + person
              + " "
              + rule
              + "; not so for "
              + ProjectIds.describe(wrong));
    }
    Set<String> missing = new LinkedHashSet<>(expected);
    missing.removeAll(seen.ids());
    if (!missing.isEmpty()) {
      rec.fail(
          seen.firstPage(),
          "every project where person "
              + person
              + " "
              + rule
              + " (as the identity with both permissions sees"
              + " them); missing "
              + ProjectIds.describe(missing));
    }
    Set<String> unknown = new LinkedHashSet<>(seen.ids());
    unknown.removeAll(ProjectIds.set(universe.items()));
    unknown.removeAll(wrong);
    if (!unknown.isEmpty()) {
      rec.fail(
          seen.firstPage(),
          "only projects that the identity with both permissions sees too; not "
              + ProjectIds.describe(unknown));
    }
    if (expected.isEmpty()) {
      rec.cannotExercise(
          "no project " + (own ? "has" : "lacks") + " person " + person + " as PM or Account");
    } else if (rest.isEmpty()) {
      rec.cannotExercise(
          "every project "
              + (own ? "has" : "lacks")
              + " person "
              + person
              + " as PM or Account, so the permission cannot be told apart from seeing all");
    }
  }

  static void both(RunContext ctx, Requirement req, Recorder rec) {
    Listing all = ctx.universe();
    Set<String> seen = new LinkedHashSet<>(all.ids());
    Set<String> others = new LinkedHashSet<>();
    for (Role role : List.of(Role.VIEW, Role.VIEW_OTHER)) {
      others.addAll(ctx.listings().all(role, ctx.allScopes()).ids());
    }
    rec.exercised();
    Set<String> missing = new LinkedHashSet<>(others);
    missing.removeAll(seen);
    if (!missing.isEmpty()) {
      rec.fail(
          all.firstPage(),
          "every project that the view-only or view_other-only identity sees; missing "
              + ProjectIds.describe(missing));
    }
    long person = ctx.config().identity(Role.BOTH).personId();
    boolean ownSeen = all.items().stream().anyMatch(p -> owns(ctx, p, person));
    boolean othersSeen = all.items().stream().anyMatch(p -> !owns(ctx, p, person));
    if (others.isEmpty() || !ownSeen || !othersSeen) {
      rec.cannotExercise(
          "the data does not show both own projects of person "
              + person
              + " and the others' next to what the other profiles see");
    }
  }

  static void none(RunContext ctx, Requirement req, Recorder rec) {
    Exchange exchange = ctx.client().send(ctx.requests().as(Role.NONE, ctx.allScopes()));
    noProjects(exchange, "no project for a user with neither permission", rec);
    if (exchange.status() == 401) {
      rec.cannotExercise("the 'none' identity was answered 401: is its token valid?");
    }
    requireOwnProjects(ctx, Role.BOTH, rec);
  }

  /** Records a failure if the answer shows projects (or is not a client error). */
  private static void noProjects(Exchange exchange, String expected, Recorder rec) {
    rec.exercised();
    if (exchange.status() >= 400 && exchange.status() < 500) {
      return;
    }
    if (exchange.status() == 200) {
      Optional<JsonNode> body = exchange.json();
      if (body.isPresent() && body.get().isArray() && body.get().isEmpty()) {
        return;
      }
    }
    rec.fail(exchange, expected + " (a 4xx, or an empty list)");
  }

  static void unknownCompany(RunContext ctx, Requirement req, Recorder rec) {
    Exchange exchange =
        ctx.client()
            .send(Probes.unknownCompany(ctx, Role.BOTH).withQuery(QueryString.of(ctx.allScopes())));
    noProjects(exchange, "no project for a company that does not exist", rec);
    requireOwnProjects(ctx, Role.BOTH, rec);
  }

  /**
   * An empty answer elsewhere tells nothing when the identity sees no project in its own company
   * either: the check is then INCONCLUSIVE.
   */
  private static void requireOwnProjects(RunContext ctx, Role role, Recorder rec) {
    Map<String, String> query = new LinkedHashMap<>(ctx.allScopes());
    query.put(ctx.contract().limit().parameter(), "1");
    boolean sees;
    try {
      sees = ctx.listings().page(role, query).size() > 0;
    } catch (TargetMisbehaved misbehaved) {
      sees = false;
    }
    if (!sees) {
      rec.cannotExercise(
          "the "
              + role.configName()
              + " identity sees no project in "
              + ctx.config().company()
              + " either, so an empty answer cannot tell isolation from no data");
    }
  }

  static void foreignCompany(RunContext ctx, Requirement req, Recorder rec) {
    Optional<String> foreign = ctx.config().foreignCompany();
    if (foreign.isEmpty()) {
      rec.cannotExercise("the config names no foreignCompany");
      return;
    }
    for (Role role : List.of(Role.VIEW, Role.VIEW_OTHER, Role.BOTH)) {
      TargetRequest request =
          ctx.requests()
              .as(role, ctx.allScopes())
              .withHeader(ctx.requests().companyHeader(), foreign.get());
      noProjects(
          ctx.client().send(request),
          "no project of "
              + foreign.get()
              + " for the "
              + role.configName()
              + " identity, which may not access it",
          rec);
      requireOwnProjects(ctx, role, rec);
    }
  }

  private static void forbidden(RunContext ctx, Exchange exchange, String expected, Recorder rec) {
    String key = ctx.contract().error(403).key();
    rec.exercised();
    if (exchange.status() != 403 || !exchange.errorKey().filter(key::equals).isPresent()) {
      rec.fail(exchange, "403 with key '" + key + "' " + expected);
    }
  }

  static void forbiddenUnknownCompany(RunContext ctx, Requirement req, Recorder rec) {
    forbidden(
        ctx,
        ctx.client().send(Probes.unknownCompany(ctx, Role.BOTH)),
        "for a company that does not exist",
        rec);
  }

  static void forbiddenForeignCompany(RunContext ctx, Requirement req, Recorder rec) {
    Optional<String> foreign = ctx.config().foreignCompany();
    if (foreign.isEmpty()) {
      rec.cannotExercise("the config names no foreignCompany");
      return;
    }
    Exchange unknown = ctx.client().send(Probes.unknownCompany(ctx, Role.BOTH));
    Exchange exchange =
        ctx.client()
            .send(
                ctx.requests()
                    .as(Role.BOTH)
                    .withHeader(ctx.requests().companyHeader(), foreign.get()));
    forbidden(ctx, exchange, "for a company the user may not access", rec);
    Optional<JsonNode> a = exchange.json();
    Optional<JsonNode> b = unknown.json();
    if (exchange.status() == 403
        && unknown.status() == 403
        && a.isPresent()
        && b.isPresent()
        && !(a.get().path("key").equals(b.get().path("key"))
            && a.get().path("message").equals(b.get().path("message")))) {
      rec.fail(
          exchange,
          "the same key and message as for a company that does not exist: "
              + unknown.bodyExcerpt(200));
    }
  }

  static void forbiddenNoPermission(RunContext ctx, Requirement req, Recorder rec) {
    forbidden(
        ctx,
        ctx.client().send(ctx.requests().as(Role.NONE)),
        "for a member with neither permission",
        rec);
  }
}
