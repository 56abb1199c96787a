package io.wethodkit.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.config.Role;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.semantics.FieldValues;
import io.wethodkit.contract.semantics.FilterCriterion;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The filters, generic over the contract's x-filter parameters: every answer must hold exactly the
 * projects of the whole list (fetched page by page) that the contract's predicate keeps, so that
 * nothing wrong is returned and nothing right is missing.
 */
final class FilterVerifier {

  private FilterVerifier() {}

  static FilterDefinition filterOf(RunContext ctx, Requirement req) {
    String parameter = req.requiredBinding("parameter");
    return ctx.contract()
        .filter(parameter)
        .orElseThrow(() -> new IllegalStateException("the contract has no filter " + parameter));
  }

  static FilterOperator operatorOf(Requirement req) {
    return FilterOperator.valueOf(req.requiredBinding("operator").toUpperCase(Locale.ROOT));
  }

  private static List<JsonNode> withValue(
      RunContext ctx, FilterDefinition filter, Listing universe) {
    return universe.items().stream().filter(p -> ctx.semantics().hasValue(filter, p)).toList();
  }

  /**
   * Whether no project has a value to probe {@code filter} with; the check is then inconclusive.
   */
  private static boolean noneToProbe(
      FilterDefinition filter, List<JsonNode> candidates, Recorder rec) {
    rec.needs("projects with a " + filter.field() + " visible to `both`", candidates.size());
    return candidates.isEmpty();
  }

  static void operator(RunContext ctx, Requirement req, Recorder rec) {
    FilterDefinition filter = filterOf(ctx, req);
    FilterOperator operator = operatorOf(req);
    Listing universe = ctx.universe();
    List<JsonNode> candidates = withValue(ctx, filter, universe);
    if (noneToProbe(filter, candidates, rec)) {
      return;
    }
    int meaningful = 0;
    for (FilterProbe probe : FilterProbes.forOperator(filter, operator, candidates)) {
      Set<String> expected = verify(ctx, universe, probe, rec);
      meaningful +=
          (operator == FilterOperator.EQ ? !expected.isEmpty() : probe.boundary()) ? 1 : 0;
    }
    rec.needs(
        filter.parameter()
            + " values picked from the data that "
            + (operator == FilterOperator.EQ ? "select a project" : "sit on a project's value"),
        meaningful);
  }

  /** {@code gt:} and {@code lt:} with a fraction of a second, compared at full precision. */
  static void fractional(RunContext ctx, Requirement req, Recorder rec) {
    FilterDefinition filter = filterOf(ctx, req);
    Listing universe = ctx.universe();
    List<JsonNode> candidates = withValue(ctx, filter, universe);
    if (noneToProbe(filter, candidates, rec)) {
      return;
    }
    for (FilterOperator operator : List.of(FilterOperator.GT, FilterOperator.LT)) {
      if (filter.operators().contains(operator)) {
        for (FilterProbe probe : FilterProbes.fractional(filter, operator, candidates)) {
          verify(ctx, universe, probe, rec);
        }
      }
    }
  }

  /** Filters with {@code probe} over every project and compares with the predicate's choice. */
  static Set<String> verify(RunContext ctx, Listing universe, FilterProbe probe, Recorder rec) {
    Set<String> expected = select(universe.items(), probe.predicate(ctx.semantics()));
    rec.exercised();
    try {
      Listing answer = fetch(ctx, probe);
      compare(answer, expected, probe.describe(), rec);
    } catch (TargetMisbehaved misbehaved) {
      rec.fail(misbehaved.evidence());
    }
    return expected;
  }

  static Listing fetch(RunContext ctx, FilterProbe probe) {
    Map<String, String> parameters = new LinkedHashMap<>(ctx.allScopes());
    parameters.put(probe.filter().parameter(), probe.value());
    return ctx.listings().all(Role.BOTH, parameters);
  }

  static Set<String> select(List<JsonNode> projects, Predicate<JsonNode> predicate) {
    Set<String> ids = new LinkedHashSet<>();
    projects.stream().filter(predicate).forEach(p -> ids.add(ProjectIds.of(p)));
    return ids;
  }

  static void compare(Listing answer, Set<String> expected, String what, Recorder rec) {
    Set<String> actual = new LinkedHashSet<>(answer.ids());
    Set<String> missing = new LinkedHashSet<>(expected);
    missing.removeAll(actual);
    Set<String> unexpected = new LinkedHashSet<>(actual);
    unexpected.removeAll(expected);
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
      rec.fail(
          answer.firstPage(),
          "with "
              + what
              + " exactly the "
              + ProjectIds.count(expected.size())
              + " that the contract's predicate keeps"
              + (missing.isEmpty() ? "" : "; missing " + ProjectIds.describe(missing))
              + (unexpected.isEmpty() ? "" : "; not matching " + ProjectIds.describe(unexpected)));
    }
  }

  /**
   * "On a date" with a value in another offset: the calendar date is read in that offset. The check
   * is exercised only when the data tells this reading apart from a UTC one.
   */
  static void onDateInOffset(RunContext ctx, Requirement req, Recorder rec) {
    FilterDefinition filter = filterOf(ctx, req);
    Listing universe = ctx.universe();
    List<JsonNode> candidates = withValue(ctx, filter, universe);
    if (noneToProbe(filter, candidates, rec)) {
      return;
    }
    Set<String> tellWrittenDate = new LinkedHashSet<>();
    Set<String> tellUtcDate = new LinkedHashSet<>();
    for (FilterProbe probe : FilterProbes.offsetDays(filter, candidates)) {
      Set<String> expected = verify(ctx, universe, probe, rec);
      OffsetDateTime operand = probe.criterion().dateTime();
      LocalDate writtenDate = operand.toLocalDate();
      LocalDate utcDate = operand.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
      Set<String> byWrittenDate =
          select(
              universe.items(), p -> utcDateOf(filter, p).map(writtenDate::equals).orElse(false));
      Set<String> byUtcDate =
          select(universe.items(), p -> utcDateOf(filter, p).map(utcDate::equals).orElse(false));
      tellWrittenDate.addAll(symmetricDifference(expected, byWrittenDate));
      tellUtcDate.addAll(symmetricDifference(expected, byUtcDate));
    }
    // Only a value on the far side of a day boundary tells the offset's reading from another one.
    rec.needs(
        "projects whose "
            + filter.field()
            + " falls on another day in the offsets tried than in UTC",
        tellUtcDate.size());
    rec.needs(
        "projects whose "
            + filter.field()
            + " falls on another day in the offsets tried than the date written",
        tellWrittenDate.size());
  }

  private static Set<String> symmetricDifference(Set<String> a, Set<String> b) {
    Set<String> out = minus(a, b);
    out.addAll(minus(b, a));
    return out;
  }

  private static Optional<LocalDate> utcDateOf(FilterDefinition filter, JsonNode project) {
    return FieldValues.instant(project.get(filter.field()))
        .map(instant -> instant.atOffset(ZoneOffset.UTC).toLocalDate());
  }

  /** {@code lt:v}, {@code v} and {@code gt:v} split the projects that have a value. */
  static void partition(RunContext ctx, Requirement req, Recorder rec) {
    FilterDefinition filter = filterOf(ctx, req);
    Listing universe = ctx.universe();
    List<JsonNode> candidates = withValue(ctx, filter, universe);
    if (noneToProbe(filter, candidates, rec)) {
      return;
    }
    Set<String> whole = ProjectIds.set(candidates);
    List<FilterProbe> values =
        FilterProbes.forOperator(filter, FilterOperator.EQ, candidates).stream()
            .filter(FilterProbe::boundary)
            .limit(3)
            .toList();
    for (FilterProbe equal : values) {
      List<Set<String>> parts = new ArrayList<>();
      List<Listing> answers = new ArrayList<>();
      List<Predicate<JsonNode>> kept = new ArrayList<>();
      try {
        for (FilterOperator operator :
            List.of(FilterOperator.LT, FilterOperator.EQ, FilterOperator.GT)) {
          FilterProbe probe =
              new FilterProbe(
                  new FilterCriterion(filter, operator, equal.criterion().value()),
                  operator.format(equal.value()),
                  true);
          kept.add(probe.predicate(ctx.semantics()));
          Listing answer = fetch(ctx, probe);
          answers.add(answer);
          parts.add(new LinkedHashSet<>(answer.ids()));
        }
      } catch (TargetMisbehaved misbehaved) {
        rec.fail(misbehaved.evidence());
        continue;
      }
      rec.exercised();
      // The contract's operators split the values; where its semantics put a project in no part
      // or in two, so may the answers.
      Set<String> inNoPart = new LinkedHashSet<>();
      Set<String> inTwoParts = new LinkedHashSet<>();
      for (JsonNode project : candidates) {
        long count = kept.stream().filter(keeps -> keeps.test(project)).count();
        if (count == 0) {
          inNoPart.add(ProjectIds.of(project));
        } else if (count > 1) {
          inTwoParts.add(ProjectIds.of(project));
        }
      }
      Set<String> union = new LinkedHashSet<>();
      Set<String> twice = new LinkedHashSet<>();
      for (Set<String> part : parts) {
        for (String id : part) {
          if (!union.add(id)) {
            twice.add(id);
          }
        }
      }
      Set<String> missing = new LinkedHashSet<>(whole);
      missing.removeAll(union);
      Set<String> foreign = new HashSet<>(union);
      foreign.removeAll(whole);
      Set<String> inAPart = minus(inNoPart, missing);
      Set<String> inOnePart = minus(inTwoParts, twice);
      missing = minus(missing, inNoPart);
      twice = minus(twice, inTwoParts);
      if (!missing.isEmpty()
          || !twice.isEmpty()
          || !foreign.isEmpty()
          || !inAPart.isEmpty()
          || !inOnePart.isEmpty()) {
        rec.fail(
            answers.get(1).firstPage(),
            "lt:"
                + equal.value()
                + ", "
                + equal.value()
                + " and gt:"
                + equal.value()
                + " to split the "
                + whole.size()
                + " projects with a "
                + filter.field()
                + (missing.isEmpty() ? "" : "; in no part " + ProjectIds.describe(missing))
                + (twice.isEmpty() ? "" : "; in two parts " + ProjectIds.describe(twice))
                + (inAPart.isEmpty()
                    ? ""
                    : "; in a part where the contract keeps them in none "
                        + ProjectIds.describe(inAPart))
                + (inOnePart.isEmpty()
                    ? ""
                    : "; in one part where the contract keeps them in two "
                        + ProjectIds.describe(inOnePart))
                + (foreign.isEmpty() ? "" : "; unknown " + ProjectIds.describe(foreign)));
      }
    }
  }

  private static Set<String> minus(Set<String> from, Set<String> removed) {
    Set<String> out = new LinkedHashSet<>(from);
    out.removeAll(removed);
    return out;
  }

  /**
   * Two filters at once keep the projects both keep; a filter without the deletion parameter
   * applies within the default deletion scope.
   */
  static void combined(RunContext ctx, Requirement req, Recorder rec) {
    Listing universe = ctx.universe();
    List<FilterProbe> picks = new ArrayList<>();
    for (FilterDefinition filter : ctx.contract().filters()) {
      List<JsonNode> candidates = withValue(ctx, filter, universe);
      FilterOperator operator =
          filter.operators().contains(FilterOperator.GT)
              ? FilterOperator.GT
              : filter.operators().get(0);
      List<FilterProbe> probes = FilterProbes.forOperator(filter, operator, candidates);
      probes.stream()
          .filter(FilterProbe::boundary)
          .skip(probes.size() > 1 ? 1 : 0)
          .findFirst()
          .or(() -> probes.stream().findFirst())
          .ifPresent(picks::add);
    }
    rec.needs("filters with values in the data visible to `both`", picks.size(), 2);
    int discriminating = 0;
    for (int i = 0; i + 1 < picks.size(); i++) {
      FilterProbe first = picks.get(i);
      FilterProbe second = picks.get(i + 1);
      Predicate<JsonNode> keepsFirst = first.predicate(ctx.semantics());
      Predicate<JsonNode> keepsSecond = second.predicate(ctx.semantics());
      Set<String> one = select(universe.items(), keepsFirst);
      Set<String> two = select(universe.items(), keepsSecond);
      Set<String> both = select(universe.items(), keepsFirst.and(keepsSecond));
      Map<String, String> parameters = new LinkedHashMap<>(ctx.allScopes());
      parameters.put(first.filter().parameter(), first.value());
      parameters.put(second.filter().parameter(), second.value());
      rec.exercised();
      try {
        compare(
            ctx.listings().all(Role.BOTH, parameters),
            both,
            first.describe() + "&" + second.describe(),
            rec);
      } catch (TargetMisbehaved misbehaved) {
        rec.fail(misbehaved.evidence());
      }
      discriminating += !both.equals(one) && !both.equals(two) ? 1 : 0;
    }
    Listing defaultScope = ctx.listings().all(Role.BOTH, Map.of());
    for (FilterProbe pick : picks) {
      Set<String> expected = select(defaultScope.items(), pick.predicate(ctx.semantics()));
      rec.exercised();
      try {
        Listing answer =
            ctx.listings().all(Role.BOTH, Map.of(pick.filter().parameter(), pick.value()));
        compare(
            answer,
            expected,
            pick.describe() + " without " + ctx.contract().deletionFilter().parameter(),
            rec);
      } catch (TargetMisbehaved misbehaved) {
        rec.fail(misbehaved.evidence());
      }
      discriminating +=
          !expected.equals(select(universe.items(), pick.predicate(ctx.semantics()))) ? 1 : 0;
    }
    rec.needs(
        "combinations picked from the data that keep fewer projects than each part alone",
        discriminating);
  }
}
