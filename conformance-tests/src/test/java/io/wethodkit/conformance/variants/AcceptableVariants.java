package io.wethodkit.conformance.variants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.contract.FilterValueType;
import io.wethodkit.contract.semantics.FieldFailure;
import io.wethodkit.contract.semantics.FieldValues;
import io.wethodkit.contract.semantics.ListQuery;
import io.wethodkit.mock.endpoint.Answer;
import io.wethodkit.mock.endpoint.EndpointParts;
import io.wethodkit.mock.endpoint.Outcome;
import io.wethodkit.mock.endpoint.Refusal;
import io.wethodkit.mock.store.Project;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Implementations that differ from the mock where the contract leaves room, and so conform: the
 * suite must not fail any of them.
 */
public final class AcceptableVariants {

  private AcceptableVariants() {}

  /**
   * A conforming difference, by name, with the SHOULD requirements it fails (exactly those: the
   * contract's choices that the difference does not make).
   */
  public record Acceptable(
      String name, UnaryOperator<EndpointParts> difference, Set<String> shouldFailures) {

    Acceptable(String name, UnaryOperator<EndpointParts> difference) {
      this(name, difference, Set.of());
    }

    @Override
    public String toString() {
      return name;
    }
  }

  public static List<Acceptable> all() {
    return List.of(
        new Acceptable("descending-id-order", AcceptableVariants::descendingOrder),
        new Acceptable("optional-fields-absent", AcceptableVariants::nullsLeftOut),
        new Acceptable("own-messages-and-charset", AcceptableVariants::ownWording),
        new Acceptable(
            "whole-seconds-only",
            AcceptableVariants::wholeSecondsOnly,
            Set.of(
                "PRJ-FILTER-UPDATED-AT-FRACTIONAL-SECONDS",
                "PRJ-FILTER-DELETED-AT-FRACTIONAL-SECONDS")),
        new Acceptable("microsecond-date-times", AcceptableVariants::microseconds),
        new Acceptable("deleted-at-omitted-when-null", AcceptableVariants::deletedAtOmitted),
        new Acceptable("latest-update-first-order", AcceptableVariants::latestUpdateFirst),
        new Acceptable(
            "limit-above-maximum-capped",
            AcceptableVariants::limitCapped,
            Set.of("PRJ-VALIDATION-LIMIT-STRICT")));
  }

  /** Another stable order (Interpretation 8 asks for stability only). */
  static EndpointParts descendingOrder(EndpointParts parts) {
    return Selections.reordered(parts, Collections::reverse);
  }

  /** Fields the schema does not require are left out when null (Interpretation 10). */
  static EndpointParts nullsLeftOut(EndpointParts parts) {
    Set<String> required = new HashSet<>();
    parts
        .contract()
        .document()
        .at("/components/schemas/Project/required")
        .forEach(n -> required.add(n.asText()));
    return rendered(
        parts,
        json -> {
          for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isNull() && !required.contains(field.getKey())) {
              it.remove();
            }
          }
        });
  }

  /** Other error messages, and a charset parameter on the media type. */
  static EndpointParts ownWording(EndpointParts parts) {
    return parts.toBuilder()
        .errorRenderer(
            refusal ->
                charset(
                    parts
                        .errorRenderer()
                        .render(
                            new Refusal(
                                refusal.status(),
                                refusal.key(),
                                refusal.cause(),
                                "Request refused (" + refusal.cause() + ").",
                                refusal.failures().stream()
                                    .map(
                                        f -> new FieldFailure(f.field(), "invalid; " + f.message()))
                                    .toList()))))
        .renderer((page, grant) -> charset(parts.renderer().render(page, grant)))
        .build();
  }

  private static Answer charset(Answer answer) {
    return answer.withHeader("Content-Type", "application/json; charset=utf-8");
  }

  private static final Pattern FRACTION = Pattern.compile("T\\d{2}(:|%3A)\\d{2}(:|%3A)\\d{2}\\.");

  /**
   * Date-times in whole seconds only, as the reference page writes them: a value with a fraction of
   * a second is a 400 naming its parameter.
   */
  static EndpointParts wholeSecondsOnly(EndpointParts parts) {
    List<String> dateTimes =
        parts.contract().filters().stream()
            .filter(f -> f.type() == FilterValueType.DATE_TIME)
            .map(f -> f.parameter())
            .toList();
    return parts.toBuilder()
        .queryParser(
            raw -> {
              Outcome<ListQuery> parsed = parts.queryParser().parse(raw);
              List<FieldFailure> fractions = new ArrayList<>();
              for (String name : dateTimes) {
                String value = QueryPieces.value(raw, name);
                if (value != null && FRACTION.matcher(value).find()) {
                  fractions.add(
                      new FieldFailure(name, "Give whole seconds: YYYY-MM-DDTHH:MM:SSZ."));
                }
              }
              if (fractions.isEmpty()) {
                return parsed;
              }
              List<FieldFailure> failures = new ArrayList<>(fractions);
              parsed
                  .refusal()
                  .ifPresent(
                      refusal ->
                          refusal.failures().stream()
                              .filter(f -> !dateTimes.contains(f.field()))
                              .forEach(failures::add));
              return Outcome.refused(Refusal.invalid(parts.contract().error(400), failures));
            })
        .build();
  }

  /** Date-times stored and written with microseconds (six digits of fraction). */
  static EndpointParts microseconds(EndpointParts parts) {
    DateTimeFormatter micro = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX");
    List<String> fields = dateTimeFields(parts);
    return rendered(
        parts,
        json -> {
          for (String field : fields) {
            if (json.path(field).isTextual()) {
              json.put(field, micro.format(OffsetDateTime.parse(json.get(field).asText())));
            }
          }
        });
  }

  /** {@code deleted_at} left out of active projects (Interpretation 10 allows it). */
  static EndpointParts deletedAtOmitted(EndpointParts parts) {
    String field = parts.contract().deletionFilter().field();
    return rendered(
        parts,
        json -> {
          if (json.has(field) && json.get(field).isNull()) {
            json.remove(field);
          }
        });
  }

  /** Another stable order: the latest update first, ties by id. */
  static EndpointParts latestUpdateFirst(EndpointParts parts) {
    Comparator<Project> order =
        Comparator.comparing(
                (Project p) -> FieldValues.instant(p.field(Project.UPDATED_AT)).orElse(Instant.MIN))
            .reversed()
            .thenComparing(Project::id);
    return Selections.reordered(parts, selected -> selected.sort(order));
  }

  /** A {@code limit} above the maximum is served as the maximum instead of refused. */
  static EndpointParts limitCapped(EndpointParts parts) {
    String limit = parts.contract().limit().parameter();
    long max = parts.contract().limit().maximum().orElseThrow();
    return parts.toBuilder()
        .queryParser(
            raw -> {
              Long asked = QueryPieces.number(raw, limit);
              return parts
                  .queryParser()
                  .parse(
                      asked != null && asked > max
                          ? QueryPieces.replace(raw, limit, String.valueOf(max))
                          : raw);
            })
        .build();
  }

  private static List<String> dateTimeFields(EndpointParts parts) {
    List<String> fields = new ArrayList<>();
    parts
        .contract()
        .document()
        .at("/components/schemas/Project/properties")
        .fields()
        .forEachRemaining(
            field -> {
              if ("date-time".equals(field.getValue().path("format").asText())) {
                fields.add(field.getKey());
              }
            });
    return fields;
  }

  private static EndpointParts rendered(EndpointParts parts, Consumer<ObjectNode> change) {
    return Renderings.rendered(parts, (json, grant) -> change.accept(json));
  }
}
