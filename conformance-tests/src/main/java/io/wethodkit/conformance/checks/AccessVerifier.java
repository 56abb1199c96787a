package io.wethodkit.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.conformance.catalogue.CheckKind;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.client.Exchange;
import io.wethodkit.conformance.client.QueryString;
import io.wethodkit.conformance.client.TargetRequest;
import io.wethodkit.conformance.config.Role;
import io.wethodkit.conformance.verdict.Evidence;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who sees what: each permission profile sees exactly the projects its permissions allow by person
 * id (the identity with both permissions sees the whole list they are measured against), through
 * every door of the list (each deletion value, filters, page windows: the {@link DoorSurvey}), and
 * companies other than one's own yield nothing and leak nothing.
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
    everyDoor(ctx, role, rec);
  }

  /**
   * The role through every door of the survey: no project its permissions do not show, and a list
   * wherever the identity with both permissions got one. The data must hold, in each deletion
   * status, projects the role may see and projects it may not, or a door that forgets the scope
   * would show nothing wrong.
   */
  private static void everyDoor(RunContext ctx, Role role, Recorder rec) {
    long person = ctx.config().identity(role).personId();
    String who = "`" + role.configName() + "`";
    for (boolean deleted : List.of(false, true)) {
      String status = deleted ? "soft-deleted" : "active";
      long visible = 0;
      long hidden = 0;
      for (JsonNode project : ctx.universe().items()) {
        if (ctx.semantics().isDeleted(project) == deleted) {
          boolean shown =
              ctx.semantics().shows(role.visibilities(), ctx.semantics().owns(project, person));
          visible += shown ? 1 : 0;
          hidden += shown ? 0 : 1;
        }
      }
      rec.needs(status + " projects visible to " + who, visible);
      rec.needs(status + " projects not visible to " + who, hidden);
    }
    DoorSurvey survey = ctx.doors();
    rec.exercised();
    survey.breaches(role).forEach(rec::fail);
    for (Door door : survey.doors()) {
      Optional<Listing> seen = survey.list(role, door);
      Optional<Listing> all = survey.list(Role.BOTH, door);
      if (seen.isPresent() && all.isPresent()) {
        Set<String> missing = new LinkedHashSet<>();
        for (JsonNode project : all.get().items()) {
          boolean shown =
              ctx.semantics().shows(role.visibilities(), ctx.semantics().owns(project, person));
          if (shown && !survey.foreign().holds(project)) {
            missing.add(ProjectIds.of(project));
          }
        }
        missing.removeAll(seen.get().ids());
        if (!missing.isEmpty()) {
          rec.fail(
              seen.get().firstPage(),
              "through "
                  + door
                  + ", every project "
                  + who
                  + " may see among those the identity with both permissions sees through it;"
                  + " missing "
                  + ProjectIds.describe(missing));
        }
      }
      Optional<Evidence> refused = survey.unreadable(role, door);
      if (refused.isPresent() && survey.list(Role.BOTH, door).isPresent()) {
        rec.fail(
            refused
                .get()
                .expecting(
                    "through "
                        + door
                        + ", a 200 list: "
                        + who
                        + " may open every door the identity with both permissions opens"));
      }
    }
  }

  static void both(RunContext ctx, Requirement req, Recorder rec) {
    together(ctx, rec);
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
    rec.needs(
        "projects of person " + person + " (`both`) as PM or Account",
        all.items().stream().filter(p -> owns(ctx, p, person)).count());
    rec.needs(
        "projects of other persons than " + person + " (`both`)",
        all.items().stream().filter(p -> !owns(ctx, p, person)).count());
    rec.needs("projects visible to `view` or `viewOther`", others.size());
  }

  /**
   * Through every door, the identity with both permissions sees whatever the view-only and the
   * view_other-only identities see (each of them seeing all of its own part of that list is judged
   * by its own permission: together, what the two permissions show is what both show). A door
   * through which one of them broke its scope is not judged here: that fault is its permission's.
   */
  private static void together(RunContext ctx, Recorder rec) {
    DoorSurvey survey = ctx.doors();
    for (Door door : survey.doors()) {
      survey
          .unreadable(Role.BOTH, door)
          .ifPresent(
              refused ->
                  rec.fail(
                      refused.expecting(
                          "through "
                              + door
                              + ", a 200 list: every door of the contract is open to a user"
                              + " with both permissions")));
      Optional<Listing> both = survey.list(Role.BOTH, door);
      Optional<Listing> view = survey.list(Role.VIEW, door);
      Optional<Listing> viewOther = survey.list(Role.VIEW_OTHER, door);
      if (both.isEmpty()) {
        continue;
      }
      Optional<Role> broken =
          List.of(Role.VIEW, Role.VIEW_OTHER).stream()
              .filter(r -> survey.breached(r, door) || survey.list(r, door).isEmpty())
              .findFirst();
      if (broken.isPresent()) {
        rec.blockedBy(
            ctx.idOf(broken.get() == Role.VIEW ? CheckKind.PERM_VIEW : CheckKind.PERM_VIEW_OTHER),
            "`" + broken.get().configName() + "` breaks its scope through " + door);
        continue;
      }
      rec.exercised();
      Set<String> seen = new LinkedHashSet<>(both.get().ids());
      Set<String> apart = new LinkedHashSet<>(view.orElseThrow().ids());
      apart.addAll(viewOther.orElseThrow().ids());
      Set<String> missing = new LinkedHashSet<>(apart);
      missing.removeAll(seen);
      if (!missing.isEmpty()) {
        rec.fail(
            both.get().firstPage(),
            "through "
                + door
                + ", every project that `view` or `viewOther` sees through it; missing "
                + ProjectIds.describe(missing));
      }
    }
  }

  static void none(RunContext ctx, Requirement req, Recorder rec) {
    Exchange exchange = ctx.client().send(ctx.requests().as(Role.NONE, ctx.allScopes()));
    noProjects(exchange, "no project for a user with neither permission", rec);
    if (exchange.status() == 401) {
      rec.cannotExercise("the 'none' identity was answered 401: is its token valid?");
    }
    requireOwnProjects(ctx, Role.BOTH, rec);
    try {
      ctx.doors()
          .noneAnswers()
          .forEach(
              (door, answer) ->
                  noProjects(
                      answer,
                      "through " + door + ", no project for a user with neither permission",
                      rec));
    } catch (Blocked blocked) {
      rec.blockedBy(blocked.requirement(), blocked.why());
    }
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
    int seen;
    try {
      seen = ctx.listings().page(role, query).size();
    } catch (TargetMisbehaved misbehaved) {
      seen = 0;
    }
    rec.needs(
        "projects visible to `"
            + role.configName()
            + "` in "
            + ctx.config().company()
            + " (a page of 1 asked)",
        seen);
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
    ForeignProjects projects = ctx.foreignProjects();
    if (projects.problem().isPresent()) {
      rec.cannotExercise(projects.problem().get());
      return;
    }
    rec.needs("projects of " + foreign.get() + " listed with the foreignToken", projects.size());
    try {
      ctx.doors().foreignHits().forEach(rec::fail);
    } catch (Blocked blocked) {
      rec.blockedBy(blocked.requirement(), blocked.why());
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
