package io.wethodkit.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.semantics.FieldValues;
import io.wethodkit.contract.semantics.FilterCriterion;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Picks filter values from the data: the smallest, middle and largest values present, the values
 * just outside them, the contract's bounds, and for date-times the same instants written in other
 * offsets and the midnights around them. Generic over the contract's filters: only the value type
 * matters.
 */
public final class FilterProbes {

  private FilterProbes() {}

  /** Values for {@code operator}; for a date-time "on a date", values in UTC only. */
  public static List<FilterProbe> forOperator(
      FilterDefinition filter, FilterOperator operator, List<JsonNode> projects) {
    return switch (filter.type()) {
      case INTEGER -> integers(filter, operator, projects);
      case DATE -> dates(filter, operator, projects);
      case DATE_TIME ->
          operator == FilterOperator.EQ
              ? utcDays(filter, projects)
              : instants(filter, operator, projects);
    };
  }

  private static List<FilterProbe> integers(
      FilterDefinition filter, FilterOperator operator, List<JsonNode> projects) {
    TreeSet<BigDecimal> present = new TreeSet<>();
    for (JsonNode project : projects) {
      FieldValues.number(project.get(filter.field()))
          .filter(value -> value.stripTrailingZeros().scale() <= 0)
          .ifPresent(value -> present.add(value.stripTrailingZeros()));
    }
    if (present.isEmpty()) {
      return List.of();
    }
    List<BigDecimal> sorted = new ArrayList<>(present);
    List<BigDecimal> candidates = new ArrayList<>();
    candidates.add(sorted.get(0));
    candidates.add(sorted.get(sorted.size() / 2));
    candidates.add(sorted.get(sorted.size() - 1));
    candidates.add(sorted.get(0).subtract(BigDecimal.ONE));
    candidates.add(sorted.get(sorted.size() - 1).add(BigDecimal.ONE));
    filter.minimum().ifPresent(min -> candidates.add(BigDecimal.valueOf(min)));
    filter.maximum().ifPresent(max -> candidates.add(BigDecimal.valueOf(max)));
    gap(sorted).ifPresent(candidates::add);
    Map<String, FilterProbe> probes = new LinkedHashMap<>();
    for (BigDecimal candidate : candidates) {
      boolean inBounds =
          (filter.minimum().isEmpty()
                  || candidate.compareTo(BigDecimal.valueOf(filter.minimum().getAsLong())) >= 0)
              && (filter.maximum().isEmpty()
                  || candidate.compareTo(BigDecimal.valueOf(filter.maximum().getAsLong())) <= 0);
      if (!inBounds) {
        continue;
      }
      String text = candidate.toBigIntegerExact().toString();
      probes.putIfAbsent(
          text,
          new FilterProbe(
              new FilterCriterion(filter, operator, candidate.toBigIntegerExact()),
              operator.format(text),
              present.contains(candidate)));
    }
    return List.copyOf(probes.values());
  }

  /** An integer inside the data's range that no project has, if any. */
  private static Optional<BigDecimal> gap(List<BigDecimal> sorted) {
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).subtract(sorted.get(i - 1)).compareTo(BigDecimal.ONE) > 0) {
        return Optional.of(sorted.get(i - 1).add(BigDecimal.ONE));
      }
    }
    return Optional.empty();
  }

  private static List<FilterProbe> dates(
      FilterDefinition filter, FilterOperator operator, List<JsonNode> projects) {
    TreeSet<LocalDate> present = new TreeSet<>();
    projects.forEach(p -> FieldValues.date(p.get(filter.field())).ifPresent(present::add));
    if (present.isEmpty()) {
      return List.of();
    }
    List<LocalDate> sorted = new ArrayList<>(present);
    LocalDate middle = sorted.get(sorted.size() / 2);
    List<LocalDate> candidates =
        List.of(
            sorted.get(0),
            middle,
            sorted.get(sorted.size() - 1),
            sorted.get(0).minusDays(1),
            sorted.get(sorted.size() - 1).plusDays(1),
            middle.minusDays(1));
    Map<String, FilterProbe> probes = new LinkedHashMap<>();
    for (LocalDate candidate : candidates) {
      String text = candidate.toString();
      probes.putIfAbsent(
          text,
          new FilterProbe(
              new FilterCriterion(filter, operator, candidate),
              operator.format(text),
              present.contains(candidate)));
    }
    return List.copyOf(probes.values());
  }

  /** For gt/lt: sample instants written exactly (in UTC and in another offset) and just beside. */
  /**
   * Whole seconds only: the page writes date-times as {@code YYYY-MM-DDTHH:MM:SSZ}. Around each
   * sample, the second that starts it and the next one (the same instant when it has no fraction),
   * in UTC and in another offset, and a second further out on each side.
   */
  private static List<FilterProbe> instants(
      FilterDefinition filter, FilterOperator operator, List<JsonNode> projects) {
    List<Instant> samples = new ArrayList<>(sampleInstants(filter, projects));
    // A stored value in whole seconds is what tells a strict comparison from an inclusive one.
    projects.stream()
        .map(p -> FieldValues.instant(p.get(filter.field())))
        .flatMap(Optional::stream)
        .filter(instant -> instant.getNano() == 0)
        .sorted()
        .findFirst()
        .filter(instant -> !samples.contains(instant))
        .ifPresent(samples::add);
    Map<String, FilterProbe> probes = new LinkedHashMap<>();
    int turn = 0;
    for (Instant sample : samples) {
      ZoneOffset other = DateTimes.OFFSETS.get(turn++ % DateTimes.OFFSETS.size());
      Instant floor = sample.truncatedTo(ChronoUnit.SECONDS);
      Instant ceiling = floor.equals(sample) ? floor : floor.plusSeconds(1);
      add(probes, filter, operator, floor.atOffset(ZoneOffset.UTC), true);
      add(probes, filter, operator, ceiling.atOffset(other), true);
      add(probes, filter, operator, floor.minusSeconds(1).atOffset(ZoneOffset.ofHours(-5)), false);
      add(
          probes,
          filter,
          operator,
          ceiling.plusSeconds(1).atOffset(ZoneOffset.ofHoursMinutes(5, 30)),
          false);
    }
    return List.copyOf(probes.values());
  }

  /**
   * Values with a fraction of a second, which the contract's grammar adds to the page's: each
   * sample exactly (its fraction as stored) and a millisecond after it, in another offset.
   */
  public static List<FilterProbe> fractional(
      FilterDefinition filter, FilterOperator operator, List<JsonNode> projects) {
    Map<String, FilterProbe> probes = new LinkedHashMap<>();
    int turn = 0;
    for (Instant sample : sampleInstants(filter, projects)) {
      ZoneOffset other = DateTimes.OFFSETS.get(turn++ % DateTimes.OFFSETS.size());
      Instant exact = sample.getNano() == 0 ? sample.plusMillis(250) : sample;
      add(probes, filter, operator, exact.atOffset(ZoneOffset.UTC), true);
      add(probes, filter, operator, exact.plusMillis(1).atOffset(other), true);
    }
    return List.copyOf(probes.values());
  }

  /**
   * For "on a date" in UTC: the first and last instant of each sample's UTC day, and the next day.
   */
  private static List<FilterProbe> utcDays(FilterDefinition filter, List<JsonNode> projects) {
    Map<String, FilterProbe> probes = new LinkedHashMap<>();
    for (Instant sample : sampleInstants(filter, projects)) {
      LocalDate day = sample.atOffset(ZoneOffset.UTC).toLocalDate();
      add(
          probes,
          filter,
          FilterOperator.EQ,
          OffsetDateTime.of(day, LocalTime.MIDNIGHT, ZoneOffset.UTC),
          true);
      add(
          probes,
          filter,
          FilterOperator.EQ,
          OffsetDateTime.of(day, LocalTime.of(23, 59, 59), ZoneOffset.UTC),
          true);
      add(
          probes,
          filter,
          FilterOperator.EQ,
          OffsetDateTime.of(day.plusDays(1), LocalTime.NOON, ZoneOffset.UTC),
          false);
    }
    return List.copyOf(probes.values());
  }

  /**
   * For "on a date" in another offset: for each sample, an offset in which its calendar date
   * differs from its UTC date, and the midnight that starts and the second that ends that day
   * there.
   */
  public static List<FilterProbe> offsetDays(FilterDefinition filter, List<JsonNode> projects) {
    Map<String, FilterProbe> probes = new LinkedHashMap<>();
    for (Instant sample : sampleInstants(filter, projects)) {
      LocalDate utcDay = sample.atOffset(ZoneOffset.UTC).toLocalDate();
      ZoneOffset chosen = null;
      long closest = Long.MAX_VALUE;
      for (ZoneOffset offset : DateTimes.OFFSETS) {
        OffsetDateTime local = sample.atOffset(offset);
        if (local.toLocalDate().equals(utcDay)) {
          continue;
        }
        long fromMidnight =
            Math.min(
                local.toLocalTime().toSecondOfDay(), 86_400 - local.toLocalTime().toSecondOfDay());
        if (fromMidnight < closest) {
          closest = fromMidnight;
          chosen = offset;
        }
      }
      if (chosen == null) {
        continue;
      }
      LocalDate day = sample.atOffset(chosen).toLocalDate();
      add(
          probes,
          filter,
          FilterOperator.EQ,
          OffsetDateTime.of(day, LocalTime.MIDNIGHT, chosen),
          true);
      add(
          probes,
          filter,
          FilterOperator.EQ,
          OffsetDateTime.of(day, LocalTime.of(23, 59, 59), chosen),
          true);
    }
    return List.copyOf(probes.values());
  }

  private static void add(
      Map<String, FilterProbe> probes,
      FilterDefinition filter,
      FilterOperator operator,
      OffsetDateTime value,
      boolean boundary) {
    String text = operator.format(DateTimes.format(value));
    probes.putIfAbsent(
        text, new FilterProbe(new FilterCriterion(filter, operator, value), text, boundary));
  }

  /** The smallest, middle and largest instants of the data. */
  static List<Instant> sampleInstants(FilterDefinition filter, List<JsonNode> projects) {
    TreeSet<Instant> present = new TreeSet<>();
    projects.forEach(p -> FieldValues.instant(p.get(filter.field())).ifPresent(present::add));
    if (present.isEmpty()) {
      return List.of();
    }
    List<Instant> sorted = new ArrayList<>(present);
    TreeSet<Instant> samples = new TreeSet<>();
    samples.add(sorted.get(0));
    samples.add(sorted.get(sorted.size() / 2));
    samples.add(sorted.get(sorted.size() - 1));
    return List.copyOf(samples);
  }
}
