package io.wethodkit.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.conformance.catalogue.CheckKind;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.config.Role;
import io.wethodkit.contract.DeletionScope;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.semantics.FilterCriterion;
import io.wethodkit.contract.semantics.PageWindow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Relations between the lists of the {@link DoorSurvey}, for every identity that sees projects:
 * they hold whatever the data, so they judge an implementation without knowing which projects it
 * holds. A relation over a door through which the identity broke its scope is not judged: the fault
 * is its permission's, and the check is blocked by it rather than failed twice.
 */
final class ConsistencyVerifier {

  private ConsistencyVerifier() {}

  /** The value that keeps every project lists exactly the other two values' projects, disjoint. */
  static void deletion(RunContext ctx, Requirement req, Recorder rec) {
    Optional<RunContext.Failing> failing = ctx.failing(CheckKind.DELETED_VALUE, r -> true);
    if (failing.isPresent()) {
      rec.blockedBy(failing.get().id(), failing.get().why());
      return;
    }
    DoorSurvey survey = ctx.doors();
    Door all = door(ctx, DeletionScope.ALL);
    Door active = door(ctx, DeletionScope.ACTIVE);
    Door deleted = door(ctx, DeletionScope.DELETED);
    for (Role role : DoorSurvey.SEEING) {
      Optional<Listing> everything = survey.list(role, all);
      everything.ifPresent(
          listing -> {
            long soft = listing.items().stream().filter(ctx.semantics()::isDeleted).count();
            rec.needs("soft-deleted projects visible to " + who(role), soft);
            rec.needs("active projects visible to " + who(role), listing.size() - soft);
          });
      if (blocked(ctx, survey, role, List.of(all, active, deleted), rec)) {
        continue;
      }
      Set<String> union = new LinkedHashSet<>(survey.list(role, active).orElseThrow().ids());
      Set<String> both = new LinkedHashSet<>(union);
      List<String> only = survey.list(role, deleted).orElseThrow().ids();
      union.addAll(only);
      both.retainAll(only);
      Set<String> listed = new LinkedHashSet<>(everything.orElseThrow().ids());
      rec.exercised();
      Set<String> missing = minus(union, listed);
      Set<String> more = minus(listed, union);
      if (!missing.isEmpty() || !more.isEmpty() || !both.isEmpty()) {
        rec.fail(
            everything.get().firstPage(),
            "as "
                + who(role)
                + ", "
                + all
                + " to list exactly what "
                + active
                + " and "
                + deleted
                + " list, none in both"
                + (missing.isEmpty() ? "" : "; missing " + ProjectIds.describe(missing))
                + (more.isEmpty() ? "" : "; in neither of the two " + ProjectIds.describe(more))
                + (both.isEmpty() ? "" : "; in both " + ProjectIds.describe(both)));
      }
    }
  }

  /** A list filtered by the requirement's filter holds only projects of the unfiltered list. */
  static void subset(RunContext ctx, Requirement req, Recorder rec) {
    FilterDefinition filter = FilterVerifier.filterOf(ctx, req);
    DoorSurvey survey = ctx.doors();
    for (Role role : DoorSurvey.SEEING) {
      int holding = 0;
      for (Door door : List.copyOf(survey.doorsOf(role))) {
        if (!door.filters(filter)
            || blocked(ctx, survey, role, List.of(door, door.unfiltered()), rec)) {
          continue;
        }
        Listing filtered = survey.list(role, door).orElseThrow();
        Listing unfiltered = survey.list(role, door.unfiltered()).orElseThrow();
        rec.exercised();
        holding += filtered.size() > 0 ? 1 : 0;
        Set<String> more = minus(new LinkedHashSet<>(filtered.ids()), Set.copyOf(unfiltered.ids()));
        if (!more.isEmpty()) {
          rec.fail(
              filtered.firstPage(),
              "as "
                  + who(role)
                  + ", through "
                  + door
                  + " only projects that "
                  + door.unfiltered()
                  + " lists too; not "
                  + ProjectIds.describe(more));
        }
      }
      rec.needs(
          "lists filtered by " + filter.parameter() + " that hold a project, as " + who(role),
          holding);
    }
  }

  /**
   * {@code lt:V}, {@code V} and {@code gt:V} put each project of the list that has a value in as
   * many of the three answers as the contract's operators keep it in: exactly one for an integer or
   * a date, one or two for a date-time (a day holds many instants).
   */
  static void split(RunContext ctx, Requirement req, Recorder rec) {
    FilterDefinition filter = FilterVerifier.filterOf(ctx, req);
    Optional<RunContext.Failing> failing =
        ctx.failing(
            CheckKind.FILTER_OPERATOR,
            r -> r.binding("parameter").filter(filter.parameter()::equals).isPresent());
    if (failing.isPresent()) {
      rec.blockedBy(failing.get().id(), failing.get().why());
      return;
    }
    DoorSurvey survey = ctx.doors();
    for (Role role : DoorSurvey.SEEING) {
      Optional<DoorSurvey.Split> split = survey.split(role, filter);
      rec.needs(
          "projects with a " + filter.field() + " visible to " + who(role),
          split
              .flatMap(s -> survey.list(role, s.list()))
              .map(l -> survey.withValue(filter, l).size())
              .orElse(0));
      if (split.isEmpty()) {
        continue;
      }
      List<Door> doors = new ArrayList<>(split.get().parts());
      doors.add(0, split.get().list());
      if (blocked(ctx, survey, role, doors, rec)) {
        continue;
      }
      rec.exercised();
      judgeSplit(ctx, survey, role, split.get(), rec);
    }
  }

  private static void judgeSplit(
      RunContext ctx, DoorSurvey survey, Role role, DoorSurvey.Split split, Recorder rec) {
    List<Set<String>> parts = new ArrayList<>();
    split
        .parts()
        .forEach(part -> parts.add(Set.copyOf(survey.list(role, part).orElseThrow().ids())));
    List<Predicate<JsonNode>> kept = new ArrayList<>();
    for (FilterCriterion criterion : split.criteria()) {
      kept.add(ctx.semantics().keeps(criterion));
    }
    List<String> wrong = new ArrayList<>();
    List<JsonNode> candidates =
        survey.withValue(split.filter(), survey.list(role, split.list()).orElseThrow());
    for (JsonNode project : candidates) {
      String id = ProjectIds.of(project);
      long expected = kept.stream().filter(keeps -> keeps.test(project)).count();
      long actual = parts.stream().filter(part -> part.contains(id)).count();
      if (expected != actual) {
        wrong.add(id + " in " + actual + " (not " + expected + ")");
      }
    }
    if (!wrong.isEmpty()) {
      rec.fail(
          survey.list(role, split.parts().get(1)).orElseThrow().firstPage(),
          "as "
              + who(role)
              + ", "
              + split.parts().stream().map(Door::describe).toList()
              + " to hold each of the "
              + ProjectIds.count(candidates.size())
              + " with a "
              + split.filter().field()
              + " that "
              + split.list()
              + " lists in as many of the three as the contract's operators keep it: "
              + ProjectIds.describe(wrong));
    }
  }

  /**
   * For every identity, a door read again in pages of another size gives the same sequence, and a
   * page window is the part of the list its offset and limit name.
   */
  static void pages(RunContext ctx, Requirement req, Recorder rec) {
    DoorSurvey survey = ctx.doors();
    for (Role role : DoorSurvey.SEEING) {
      Optional<DoorSurvey.ReadAgain> again = survey.readAgain(role);
      rec.needs(
          "projects visible to " + who(role) + " through its longest door",
          again.flatMap(a -> survey.list(role, a.door())).map(Listing::size).orElse(0),
          3);
      if (again.isPresent() && again.get().size() > 0) {
        readAgain(ctx, survey, role, again.get(), rec);
      }
      for (DoorSurvey.Window window : survey.windows(role)) {
        if (blocked(ctx, survey, role, List.of(window.door()), rec)) {
          continue;
        }
        rec.exercised();
        if (window.error().isPresent()) {
          rec.fail(window.error().get());
          continue;
        }
        List<String> whole = survey.list(role, window.door()).orElseThrow().ids();
        List<String> expected = new PageWindow(window.offset(), window.limit()).of(whole);
        Page page = window.page().orElseThrow();
        if (!page.ids().equals(expected)) {
          rec.fail(
              page.exchange(),
              "as "
                  + who(role)
                  + ", through "
                  + window.door()
                  + ", the window of "
                  + window.limit()
                  + " from "
                  + window.offset()
                  + " of the whole list: "
                  + ProjectIds.describe(expected)
                  + ", not "
                  + ProjectIds.describe(page.ids()));
        }
      }
    }
  }

  private static void readAgain(
      RunContext ctx, DoorSurvey survey, Role role, DoorSurvey.ReadAgain again, Recorder rec) {
    if (blocked(ctx, survey, role, List.of(again.door()), rec)) {
      return;
    }
    rec.exercised();
    if (again.error().isPresent()) {
      rec.fail(again.error().get());
      return;
    }
    Listing whole = survey.list(role, again.door()).orElseThrow();
    Listing pages = again.listing().orElseThrow();
    if (!pages.ids().equals(whole.ids())) {
      rec.fail(
          pages.firstPage(),
          "as "
              + who(role)
              + ", through "
              + again.door()
              + ", pages of "
              + again.size()
              + " to concatenate to the list read in pages of "
              + ctx.listings().pageSize()
              + " ("
              + ProjectIds.count(whole.size())
              + "), not "
              + ProjectIds.count(pages.size())
              + " "
              + ProjectIds.describe(pages.ids()));
    }
  }

  /**
   * Whether a relation over {@code doors} cannot be judged for {@code role}: a door broke the
   * role's scope (blocked by its permission), or gave no list (judged where the door's own
   * requirement is).
   */
  private static boolean blocked(
      RunContext ctx, DoorSurvey survey, Role role, List<Door> doors, Recorder rec) {
    Optional<Door> breach = survey.breachAmong(role, doors);
    if (breach.isPresent()) {
      rec.blockedBy(
          ctx.idOf(permissionOf(role)), who(role) + " breaks its scope through " + breach.get());
      return true;
    }
    Optional<Door> unread = doors.stream().filter(d -> survey.list(role, d).isEmpty()).findFirst();
    if (unread.isPresent()) {
      rec.cannotExercise(
          "as "
              + who(role)
              + ", "
              + unread.get()
              + " gave no list: "
              + survey.unreadable(role, unread.get()).map(e -> e.summary()).orElse("not read"));
      return true;
    }
    return false;
  }

  private static CheckKind permissionOf(Role role) {
    return switch (role) {
      case VIEW -> CheckKind.PERM_VIEW;
      case VIEW_OTHER -> CheckKind.PERM_VIEW_OTHER;
      case BOTH -> CheckKind.PERM_BOTH;
      case NONE -> CheckKind.PERM_NONE;
    };
  }

  private static Door door(RunContext ctx, DeletionScope scope) {
    return Door.of(
        ctx.contract().deletionFilter().parameter(), Optional.of(ctx.deletionValue(scope)));
  }

  private static String who(Role role) {
    return "`" + role.configName() + "`";
  }

  private static Set<String> minus(Set<String> from, Set<String> removed) {
    Set<String> out = new LinkedHashSet<>(from);
    out.removeAll(removed);
    return out;
  }
}
