package io.wethodkit.drift;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterValueType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Valid operands of a filter taken from the data: the values projects hold and the values right
 * beside them, the filter's bounds, and for date-times the same instants and the midnights around
 * them written in several offsets.
 */
final class FilterValues {

  /** Offsets the instants are written in: UTC, both extremes, a half hour, and common ones. */
  private static final List<ZoneOffset> OFFSETS =
      List.of(
          ZoneOffset.UTC,
          ZoneOffset.ofHours(2),
          ZoneOffset.ofHours(-5),
          ZoneOffset.ofHoursMinutes(5, 30),
          ZoneOffset.ofHours(14),
          ZoneOffset.ofHours(-12));

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private final List<JsonNode> items;
  private final String deletionMarker;

  /**
   * @param items the target's whole list
   * @param deletionMarker the field that is set on soft-deleted projects
   */
  FilterValues(List<JsonNode> items, String deletionMarker) {
    this.items = items;
    this.deletionMarker = deletionMarker;
  }

  /** An operand for {@code filter}, drawn with {@code random}. */
  String operand(FilterDefinition filter, Random random) {
    List<JsonNode> held = held(filter.field(), false);
    JsonNode sample = held.isEmpty() ? null : held.get(random.nextInt(held.size()));
    return switch (filter.type()) {
      case INTEGER -> integer(filter, sample, random);
      case DATE -> date(sample, random);
      case DATE_TIME -> dateTime(sample, random);
    };
  }

  /**
   * A value that an active project holds (a deleted one's for the deletion marker), written as the
   * data has it: the boundary where a strict and a non-strict operator part.
   */
  String heldValue(FilterDefinition filter, Random random) {
    List<JsonNode> held = held(filter.field(), true);
    if (held.isEmpty() || filter.type() == FilterValueType.DATE_TIME) {
      return operand(filter, random);
    }
    return held.get(random.nextInt(held.size())).asText();
  }

  private List<JsonNode> held(String field, boolean activeOnly) {
    boolean marker = field.equals(deletionMarker);
    List<JsonNode> values = new ArrayList<>();
    for (JsonNode item : items) {
      JsonNode deleted = item.get(deletionMarker);
      if (activeOnly && !marker && deleted != null && !deleted.isNull()) {
        continue;
      }
      JsonNode value = item.get(field);
      if (value != null && !value.isNull()) {
        values.add(value);
      }
    }
    return values;
  }

  private static String integer(FilterDefinition filter, JsonNode sample, Random random) {
    long low = filter.minimum().orElse(0);
    long high = filter.maximum().orElse(low + 1000);
    long value;
    int pick = random.nextInt(10);
    if (pick == 0 || sample == null || !sample.canConvertToLong()) {
      value = random.nextBoolean() ? low : high;
    } else {
      value = sample.asLong() + (pick < 6 ? 0 : pick < 8 ? 1 : -1);
    }
    return String.valueOf(Math.max(low, Math.min(high, value)));
  }

  private static String date(JsonNode sample, Random random) {
    LocalDate day;
    try {
      day = sample == null ? LocalDate.of(2024, 1, 1) : LocalDate.parse(sample.asText());
    } catch (DateTimeParseException e) {
      day = LocalDate.of(2024, 1, 1);
    }
    return day.plusDays(random.nextInt(3) - 1L).toString();
  }

  private static String dateTime(JsonNode sample, Random random) {
    OffsetDateTime instant;
    try {
      instant =
          sample == null
              ? OffsetDateTime.parse("2024-01-01T20:00:00Z")
              : OffsetDateTime.parse(sample.asText());
    } catch (DateTimeParseException e) {
      instant = OffsetDateTime.parse("2024-01-01T20:00:00Z");
    }
    ZoneOffset offset = OFFSETS.get(random.nextInt(OFFSETS.size()));
    LocalDateTime local =
        instant.atZoneSameInstant(offset).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS);
    LocalDateTime chosen =
        switch (random.nextInt(5)) {
          case 0 -> local.plusSeconds(1);
          case 1 -> local.minusSeconds(1);
          case 2 -> local.toLocalDate().atStartOfDay();
          case 3 -> local.toLocalDate().atTime(23, 59, 59);
          default -> local;
        };
    return SECONDS.format(chosen) + (offset.getTotalSeconds() == 0 ? "Z" : offset.getId());
  }
}
