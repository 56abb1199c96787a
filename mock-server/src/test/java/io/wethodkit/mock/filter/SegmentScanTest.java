package io.wethodkit.mock.filter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.Visibility;
import io.wethodkit.contract.semantics.FilterCriterion;
import io.wethodkit.contract.semantics.ListQuery;
import io.wethodkit.contract.semantics.Semantics;
import io.wethodkit.mock.access.OwnerVisibility;
import io.wethodkit.mock.endpoint.Grant;
import io.wethodkit.mock.endpoint.Outcome;
import io.wethodkit.mock.endpoint.Selector;
import io.wethodkit.mock.store.Company;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.Identity;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.store.Project;
import io.wethodkit.mock.store.ProjectTable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The column scan (bitmaps per segment, remembered counts) finds exactly the page that testing each
 * project one by one finds, on data with the odd values the columns cannot hold (decimals, numbers
 * beyond a long, texts that are not dates, date-times beyond a long of nanoseconds, other offsets),
 * after writes that insert, replace, split and empty segments.
 */
class SegmentScanTest {

  private static final Contract CONTRACT = Contract.bundled();
  private static final Semantics SEMANTICS = Semantics.of(CONTRACT);
  private static final ContractQueryParser PARSER = new ContractQueryParser(SEMANTICS);
  private static final ContractPredicates PREDICATES = new ContractPredicates(SEMANTICS);
  private static final OwnerVisibility VISIBILITY = new OwnerVisibility(SEMANTICS);
  private static final AscendingIdSelector SCANNING = new AscendingIdSelector();
  private static final OffsetLimitPaginator PAGINATOR = new OffsetLimitPaginator();

  /** The same selection, one project at a time (the default of the Selector interface). */
  private static final Selector ONE_BY_ONE = SCANNING::select;

  private static final Company ACME = new Company("acme", "Acme", List.of());

  private static final Object[] PROBABILITIES = {0, 10, 50, 90, 100, 50.5, null, "high", 1e30};
  private static final Object[] OWNERS = {11, 12, 13, 40, null, 11.5, "11", BigInteger.TEN.pow(30)};
  private static final String[] DATES = {
    "2024-06-30",
    "2024-07-01",
    "2023-01-15",
    "2024-02-30",
    "not a date",
    null,
    "2024-06-30T10:00:00Z"
  };
  private static final String[] DATE_TIMES = {
    "2024-06-30T21:59:59.999Z",
    "2024-06-30T22:00:00.000Z",
    "2024-06-30T23:30:00+02:00",
    "2024-07-01T00:00:00Z",
    "2024-06-30T12:00:00.123456789-05:00",
    "2300-01-01T00:00:00Z",
    "1500-01-01T00:00:00Z",
    "2024-06-30",
    "yesterday",
    null
  };
  private static final String[] QUERIES = {
    "",
    "probability=50",
    "probability=gt:40",
    "probability=lt:60",
    "probability=gt:100",
    "date_start=2024-06-30",
    "date_start=gt:2024-01-01",
    "date_start=lt:2024-07-01",
    "updated_at=2024-06-30T00:00:00Z",
    "updated_at=2024-07-01T00:00:00%2B02:00",
    "updated_at=gt:2024-06-30T22:00:00Z",
    "updated_at=lt:2024-06-30T22:00:00.000000001Z",
    "updated_at=gt:9999-12-31T23:59:59Z",
    "updated_at=lt:9999-12-31T23:59:59Z",
    "updated_at=gt:0001-01-01T00:00:00Z",
    "deleted_at=2024-06-30T00:00:00Z&deleted=include",
    "deleted=only",
    "deleted=include&probability=gt:10&date_start=gt:2023-06-01",
  };

  @Test
  void theScanFindsThePageThatTestingEachProjectFinds() {
    Random random = new Random(20240630);
    List<Project> projects = new ArrayList<>();
    for (long id = 1; id <= 3000; id++) {
      projects.add(project(random, id * 2));
    }
    Dataset data = new Dataset(List.of(ACME), Map.of("acme", projects), List.of());
    // Writes: inserts between ids (a segment grows past twice its size and splits), replacements,
    // removals (one segment emptied).
    for (int i = 0; i < 2500; i++) {
      data = data.withProject("acme", project(random, 1001 + 2L * i));
    }
    for (int i = 0; i < 300; i++) {
      data = data.withProject("acme", project(random, 2L * (1 + random.nextInt(3000))));
    }
    for (long id = 4000; id < 6200; id += 2) {
      data = data.withoutProject("acme", id);
    }
    ProjectTable table = data.table("acme");
    assertThat(table.segments().size()).isGreaterThan(3);
    int checked = 0;
    for (int round = 0; round < 150; round++) {
      String text = QUERIES[random.nextInt(QUERIES.length)];
      long offset = random.nextInt(4) == 0 ? 0 : random.nextInt(table.size() / 3);
      long limit = 1 + random.nextInt(100);
      Outcome<ListQuery> parsed = PARSER.parse(text);
      assertThat(parsed.isOk()).as(text).isTrue();
      ListQuery query = parsed.value().withOffset(offset).withLimit(limit);
      List<Predicate<Project>> conditions = conditions(random, query);
      List<Project> expected = ONE_BY_ONE.page(table, conditions, PAGINATOR, query);
      // Twice: the second time skips by the counts the first one remembered.
      for (int time = 0; time < 2; time++) {
        List<Project> actual = SCANNING.page(table, conditions, PAGINATOR, query);
        assertThat(ids(actual))
            .as("%s offset %d limit %d", text, offset, limit)
            .isEqualTo(ids(expected));
      }
      checked += expected.isEmpty() ? 0 : 1;
    }
    assertThat(checked).as("queries with a non-empty page").isGreaterThan(50);
  }

  private static List<Predicate<Project>> conditions(Random random, ListQuery query) {
    List<Predicate<Project>> out = new ArrayList<>();
    Set<Visibility> visibilities =
        switch (random.nextInt(4)) {
          case 0 -> Set.of(Visibility.OWN);
          case 1 -> Set.of(Visibility.OTHERS);
          case 2 -> Set.of(Visibility.OWN, Visibility.OTHERS);
          default -> Set.of();
        };
    Identity identity = new Identity("someone", "", "tok", 11 + random.nextInt(3), false, Map.of());
    out.add(VISIBILITY.visibleTo(new Grant(identity, ACME, visibilities)));
    out.add(PREDICATES.deletion(query.deletion()));
    for (FilterCriterion criterion : query.criteria()) {
      out.add(PREDICATES.criterion(criterion));
    }
    return out;
  }

  private static Project project(Random random, long id) {
    ObjectNode node = Json.object().put("id", id);
    put(node, "probability", PROBABILITIES[random.nextInt(PROBABILITIES.length)]);
    put(node, "pm_id", OWNERS[random.nextInt(OWNERS.length)]);
    put(node, "account_id", OWNERS[random.nextInt(OWNERS.length)]);
    put(node, "date_start", DATES[random.nextInt(DATES.length)]);
    put(node, "updated_at", DATE_TIMES[random.nextInt(DATE_TIMES.length)]);
    put(node, "deleted_at", random.nextInt(5) == 0 ? DATE_TIMES[random.nextInt(6)] : null);
    return Project.of(node);
  }

  private static void put(ObjectNode node, String field, Object value) {
    if (value == null) {
      if (node.size() % 2 == 0) {
        node.putNull(field);
      }
    } else if (value instanceof Integer number) {
      node.put(field, number);
    } else if (value instanceof Double number) {
      node.put(field, number);
    } else if (value instanceof BigInteger number) {
      node.put(field, number);
    } else {
      node.put(field, value.toString());
    }
  }

  private static List<Long> ids(List<Project> page) {
    return page.stream().map(Project::id).toList();
  }
}
