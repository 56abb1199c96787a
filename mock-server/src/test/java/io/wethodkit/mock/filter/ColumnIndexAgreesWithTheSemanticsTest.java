package io.wethodkit.mock.filter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.DeletionScope;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.FilterValueType;
import io.wethodkit.contract.Visibility;
import io.wethodkit.contract.semantics.Comparison;
import io.wethodkit.contract.semantics.FilterCriterion;
import io.wethodkit.contract.semantics.ListQuery;
import io.wethodkit.contract.semantics.Semantics;
import io.wethodkit.mock.access.OwnerVisibility;
import io.wethodkit.mock.endpoint.Grant;
import io.wethodkit.mock.store.Company;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.Identity;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.store.Project;
import io.wethodkit.mock.store.ProjectTable;
import io.wethodkit.mock.store.RowMatcher;
import io.wethodkit.mock.store.Segment;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mock's column index is a speed structure only: on generated data, with the odd values the
 * columns cannot hold, every row it matches is a row the contract's semantics keep and the other
 * way round, for every filter, operator and operand drawn, every deletion scope and every
 * permission scope; and the pages it finds are the pages the semantics alone give. It holds for the
 * contract's comparison rules and for rules with one comparison swapped, because the index reads
 * its ranges from the rules.
 */
class ColumnIndexAgreesWithTheSemanticsTest {

  private static final Contract CONTRACT = Contract.bundled();
  private static final Company ACME = new Company("acme", "Acme", List.of());
  private static final ZoneOffset[] OFFSETS = {
    ZoneOffset.UTC,
    ZoneOffset.ofHours(2),
    ZoneOffset.ofHours(-5),
    ZoneOffset.ofHoursMinutes(5, 30),
    ZoneOffset.ofHours(14),
    ZoneOffset.ofHours(-12)
  };

  static Stream<Arguments> rules() {
    Semantics standard = Semantics.of(CONTRACT);
    return Stream.of(
        Arguments.of("the contract's rules", standard),
        Arguments.of(
            "gt inclusive", standard.withComparison(FilterOperator.GT, Comparison.AT_LEAST)),
        Arguments.of(
            "lt inclusive", standard.withComparison(FilterOperator.LT, Comparison.AT_MOST)),
        Arguments.of(
            "on a date in UTC",
            standard.withComparisons(
                standard
                    .comparisons()
                    .with(
                        FilterValueType.DATE_TIME,
                        FilterOperator.EQ,
                        (operand, point) ->
                            Comparison.ON_ITS_DATE.keeps(
                                ((OffsetDateTime) operand).withOffsetSameInstant(ZoneOffset.UTC),
                                point)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void everyRowTheIndexMatchesIsOneTheSemanticsKeep(String name, Semantics semantics) {
    Random random = new Random(20240701L + name.hashCode());
    ProjectTable table = table(random);
    List<Project> rows = table.asList();
    List<JsonNode> json = rows.stream().map(p -> (JsonNode) p.json()).toList();
    ContractPredicates predicates = new ContractPredicates(semantics);
    int kept = 0;
    for (int round = 0; round < 120; round++) {
      FilterCriterion criterion = criterion(random, json);
      Predicate<JsonNode> truth = semantics.keeps(criterion);
      Predicate<Project> indexed = predicates.criterion(criterion);
      kept += agree(criterion.toString(), table, json, (RowMatcher) indexed, indexed, truth);
    }
    assertThat(kept).as("rows kept over all rounds").isGreaterThan(3_000);
    for (DeletionScope scope : DeletionScope.values()) {
      Predicate<Project> indexed = predicates.deletion(scope);
      agree(
          scope.toString(),
          table,
          json,
          (RowMatcher) indexed,
          indexed,
          project -> semantics.keeps(scope, project));
    }
    OwnerVisibility visibility = new OwnerVisibility(semantics);
    for (Set<Visibility> visibilities :
        List.of(
            Set.of(Visibility.OWN),
            Set.of(Visibility.OTHERS),
            Set.of(Visibility.OWN, Visibility.OTHERS),
            Set.<Visibility>of())) {
      for (long person = 10; person <= 13; person++) {
        Identity identity = new Identity("someone", "", "tok", person, false, Map.of());
        Predicate<Project> indexed = visibility.visibleTo(new Grant(identity, ACME, visibilities));
        long who = person;
        agree(
            visibilities + " of " + person,
            table,
            json,
            (RowMatcher) indexed,
            indexed,
            project -> semantics.shows(visibilities, semantics.owns(project, who)));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void theScannedPageIsTheSemanticsPage(String name, Semantics semantics) {
    Random random = new Random(7L + name.hashCode());
    ProjectTable table = table(random);
    List<Project> rows = table.asList();
    List<JsonNode> json = rows.stream().map(p -> (JsonNode) p.json()).toList();
    ContractPredicates predicates = new ContractPredicates(semantics);
    AscendingIdSelector selector = new AscendingIdSelector();
    int nonEmpty = 0;
    for (int round = 0; round < 120; round++) {
      FilterCriterion first = criterion(random, json);
      FilterCriterion second = random.nextBoolean() ? first : criterion(random, json);
      DeletionScope scope = DeletionScope.values()[random.nextInt(3)];
      ListQuery query =
          new ListQuery(
              List.of(first, second),
              scope,
              1 + random.nextInt(100),
              random.nextInt(3) == 0 ? 0 : random.nextInt(rows.size() / 20));
      List<Predicate<Project>> conditions =
          List.of(
              predicates.deletion(scope),
              predicates.criterion(first),
              predicates.criterion(second));
      List<Long> scanned =
          selector.page(table, conditions, new OffsetLimitPaginator(), query).stream()
              .map(Project::id)
              .toList();
      Predicate<JsonNode> keepsFirst = semantics.keeps(first);
      Predicate<JsonNode> keepsSecond = semantics.keeps(second);
      List<Long> selected = new ArrayList<>();
      for (int row = 0; row < rows.size(); row++) {
        JsonNode project = json.get(row);
        if (semantics.keeps(scope, project)
            && keepsFirst.test(project)
            && keepsSecond.test(project)) {
          selected.add(rows.get(row).id());
        }
      }
      assertThat(scanned).as("%s", query).isEqualTo(query.window().of(selected));
      nonEmpty += scanned.isEmpty() ? 0 : 1;
    }
    assertThat(nonEmpty).as("rounds with a non-empty page").isGreaterThan(20);
  }

  /**
   * Asserts that the bitmaps and the tests of {@code indexed} are {@code truth}; the kept count.
   */
  private static int agree(
      String what,
      ProjectTable table,
      List<JsonNode> json,
      RowMatcher matcher,
      Predicate<Project> indexed,
      Predicate<JsonNode> truth) {
    int at = 0;
    int kept = 0;
    for (Segment segment : table.segments()) {
      long[] bits = new long[(segment.size() + 63) / 64];
      matcher.match(segment, bits);
      for (int row = 0; row < segment.size(); row++, at++) {
        boolean expected = truth.test(json.get(at));
        boolean matched = (bits[row >>> 6] & (1L << row)) != 0;
        assertThat(matched).as("%s on %s", what, json.get(at)).isEqualTo(expected);
        kept += expected ? 1 : 0;
      }
    }
    for (int i = 0; i < json.size(); i += 13) {
      assertThat(indexed.test(table.asList().get(i)))
          .as("%s tested one by one on %s", what, json.get(i))
          .isEqualTo(truth.test(json.get(i)));
    }
    return kept;
  }

  /** About 3200 projects in several segments, after writes, with odd values in every field. */
  private static ProjectTable table(Random random) {
    List<Project> projects = new ArrayList<>();
    for (long id = 1; id <= 3000; id++) {
      projects.add(project(random, id * 2));
    }
    Dataset data = new Dataset(List.of(ACME), Map.of("acme", projects), List.of());
    for (int i = 0; i < 400; i++) {
      data = data.withProject("acme", project(random, 1 + 2L * random.nextInt(3500)));
    }
    ProjectTable table = data.table("acme");
    assertThat(table.segments().size()).isGreaterThan(2);
    return table;
  }

  private static Project project(Random random, long id) {
    ObjectNode node = Json.object().put("id", id);
    put(random, node, "probability", integerValue(random));
    put(random, node, "pm_id", owner(random));
    put(random, node, "account_id", owner(random));
    put(random, node, "date_start", dateValue(random));
    put(random, node, "updated_at", dateTimeValue(random));
    put(random, node, "deleted_at", random.nextInt(4) == 0 ? dateTimeValue(random) : null);
    return Project.of(node);
  }

  private static Object integerValue(Random random) {
    return switch (random.nextInt(12)) {
      case 0 -> new BigDecimal("50.5");
      case 1 -> BigInteger.TEN.pow(25);
      case 2 -> Long.MAX_VALUE;
      case 3 -> String.valueOf(random.nextInt(101));
      case 4 -> "high";
      case 5 -> null;
      case 6 -> new BigDecimal(random.nextInt(101) + ".0");
      default -> random.nextInt(101);
    };
  }

  private static Object owner(Random random) {
    return switch (random.nextInt(10)) {
      case 0 -> null;
      case 1 -> "11";
      case 2 -> new BigDecimal("11.0");
      case 3 -> new BigDecimal("12.5");
      default -> (long) (10 + random.nextInt(4));
    };
  }

  private static Object dateValue(Random random) {
    LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(400));
    return switch (random.nextInt(12)) {
      case 0 -> "2024-02-30";
      case 1 -> "not a date";
      case 2 -> null;
      case 3 -> day + "T10:00:00Z";
      case 4 -> "+10000-01-01";
      default -> day.toString();
    };
  }

  private static Object dateTimeValue(Random random) {
    Instant instant =
        Instant.parse("2024-06-01T00:00:00Z").plusSeconds(random.nextInt(86_400 * 60));
    OffsetDateTime written = instant.atOffset(OFFSETS[random.nextInt(OFFSETS.length)]);
    return switch (random.nextInt(14)) {
      case 0 -> "2024-06-30";
      case 1 -> "yesterday";
      case 2 -> null;
      case 3 -> "2400-01-01T00:00:00Z";
      case 4 -> "1500-01-01T00:00:00Z";
      case 5 -> written.toString().replace('T', 't');
      case 6 -> instant.plusNanos(random.nextInt(1_000_000_000)).toString();
      case 7 -> written.withNano(0).toLocalDateTime() + ":00Z";
      default -> written.toString();
    };
  }

  private static void put(Random random, ObjectNode node, String field, Object value) {
    if (value == null) {
      if (random.nextBoolean()) {
        node.putNull(field);
      }
    } else if (value instanceof Integer number) {
      node.put(field, number);
    } else if (value instanceof Long number) {
      node.put(field, number);
    } else if (value instanceof BigDecimal number) {
      node.put(field, number);
    } else if (value instanceof BigInteger number) {
      node.put(field, number);
    } else {
      node.put(field, value.toString());
    }
  }

  /** A criterion of one of the contract's filters, its operand near the data's values. */
  private static FilterCriterion criterion(Random random, List<JsonNode> projects) {
    FilterDefinition filter = CONTRACT.filters().get(random.nextInt(CONTRACT.filters().size()));
    FilterOperator operator = filter.operators().get(random.nextInt(filter.operators().size()));
    JsonNode sample = projects.get(random.nextInt(projects.size())).get(filter.field());
    Object operand =
        switch (filter.type()) {
          case INTEGER -> {
            if (random.nextInt(15) == 0) {
              yield random.nextBoolean() ? BigInteger.TEN.pow(30) : BigInteger.TEN.pow(30).negate();
            }
            if (random.nextInt(15) == 0) {
              yield BigInteger.valueOf(Long.MAX_VALUE)
                  .add(BigInteger.valueOf(random.nextInt(3) - 1));
            }
            long base =
                sample != null && sample.canConvertToLong() ? sample.asLong() : random.nextInt(101);
            yield BigInteger.valueOf(base + random.nextInt(3) - 1);
          }
          case DATE -> LocalDate.of(2024, 1, 1).plusDays(random.nextInt(400));
          case DATE_TIME -> {
            if (random.nextInt(20) == 0) {
              yield OffsetDateTime.parse(
                  random.nextBoolean() ? "9999-12-31T23:59:59Z" : "0001-01-01T00:00:00Z");
            }
            Instant around =
                sample != null && sample.isTextual() && sample.asText().length() > 19
                    ? parsedOr(sample.asText())
                    : Instant.parse("2024-06-15T00:00:00Z");
            yield around
                .plusSeconds(random.nextInt(3) - 1L)
                .plusNanos(random.nextInt(3) == 0 ? random.nextInt(1_000_000_000) : 0)
                .atOffset(OFFSETS[random.nextInt(OFFSETS.length)]);
          }
        };
    return new FilterCriterion(filter, operator, operand);
  }

  private static Instant parsedOr(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      return Instant.parse("2024-06-15T00:00:00Z");
    }
  }
}
