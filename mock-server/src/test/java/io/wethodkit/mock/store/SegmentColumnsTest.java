package io.wethodkit.mock.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.contract.Contract;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A segment that holds only its indexed fields' columns answers every field's column as one that
 * holds them all: the others are made when asked for, the same before and after a change.
 */
class SegmentColumnsTest {

  @Test
  void columnsMadeWhenAskedForAreTheColumnsHeldFromTheStart() {
    Contract contract = Contract.bundled();
    Dataset bundled = new FixtureLoader(contract).loadBundled();
    Project[] rows = bundled.projects("acme").subList(0, 120).toArray(new Project[0]);
    TableLayout indexed =
        TableLayout.of(Set.of("probability"), new ProjectRules(contract).properties());
    Segment some = indexed.segment(rows);
    Segment all = TableLayout.ALL_COLUMNS.segment(rows);
    Set<String> fields = new LinkedHashSet<>();
    for (Project row : rows) {
      row.json().fieldNames().forEachRemaining(fields::add);
    }
    fields.add("no_such_field");
    assertSameColumns(some, all, fields);

    Project changed =
        Project.of(rows[5].json().put("probability", 7).put("value", 1.5).put("metadata_15", "x"));
    assertSameColumns(some.with(changed), all.with(changed), fields);
    assertSameColumns(some.without(3), all.without(3), fields);
    assertThat(some.column("value")).isNotNull();
  }

  private static void assertSameColumns(Segment some, Segment all, Set<String> fields) {
    for (String field : fields) {
      Column a = some.column(field);
      Column b = all.column(field);
      assertThat(a == null).as(field).isEqualTo(b == null);
      for (int row = 0; a != null && row < all.size(); row++) {
        assertThat(a.kind(row)).as(field + " " + row).isEqualTo(b.kind(row));
        if (List.of(ScalarValue.INTEGER, ScalarValue.DATE, ScalarValue.INSTANT)
            .contains(a.kind(row))) {
          assertThat(a.value(row)).as(field + " " + row).isEqualTo(b.value(row));
        }
      }
    }
  }
}
