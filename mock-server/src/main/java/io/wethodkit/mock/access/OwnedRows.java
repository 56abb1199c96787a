package io.wethodkit.mock.access;

import io.wethodkit.mock.store.Column;
import io.wethodkit.mock.store.Project;
import io.wethodkit.mock.store.RowMatcher;
import io.wethodkit.mock.store.ScalarValue;
import io.wethodkit.mock.store.Segment;
import java.util.List;
import java.util.function.Predicate;

/** The projects a person owns (one of the owner fields holds the person id), or the others. */
final class OwnedRows implements Predicate<Project>, RowMatcher {

  private final OwnerVisibility owners;
  private final List<String> ownerFields;
  private final long person;
  private final boolean owned;

  OwnedRows(OwnerVisibility owners, List<String> ownerFields, long person, boolean owned) {
    this.owners = owners;
    this.ownerFields = ownerFields;
    this.person = person;
    this.owned = owned;
  }

  @Override
  public Object key() {
    return List.of(OwnedRows.class, ownerFields, person, owned);
  }

  @Override
  public boolean test(Project project) {
    return owners.owns(person, project) == owned;
  }

  @Override
  public void match(Segment segment, long[] bits) {
    int n = segment.size();
    for (String field : ownerFields) {
      Column column = segment.column(field);
      if (column == null) {
        continue;
      }
      for (int row = 0; row < n; row++) {
        byte kind = column.kind(row);
        if ((kind == ScalarValue.INTEGER && column.value(row) == person)
            || (kind == ScalarValue.OTHER && owners.owns(person, segment.project(row)))) {
          bits[row >>> 6] |= 1L << row;
        }
      }
    }
    if (!owned) {
      for (int word = 0, words = (n + 63) >>> 6; word < words; word++) {
        bits[word] = ~bits[word];
      }
      if ((n & 63) != 0) {
        bits[n >>> 6] &= (1L << n) - 1;
      }
    }
  }
}
