package io.wethodkit.mock.filter;

import io.wethodkit.mock.store.Column;
import io.wethodkit.mock.store.Project;
import io.wethodkit.mock.store.RowMatcher;
import io.wethodkit.mock.store.ScalarValue;
import io.wethodkit.mock.store.Segment;
import java.util.function.Predicate;

/** The projects whose field is null (or absent), or those whose field is not. */
final class NullCondition implements Predicate<Project>, RowMatcher {

  private final String field;
  private final boolean wantNull;

  NullCondition(String field, boolean wantNull) {
    this.field = field;
    this.wantNull = wantNull;
  }

  @Override
  public Object key() {
    return java.util.List.of(NullCondition.class, field, wantNull);
  }

  @Override
  public boolean test(Project project) {
    return project.isNull(field) == wantNull;
  }

  @Override
  public void match(Segment segment, long[] bits) {
    Column column = segment.column(field);
    for (int row = 0, n = segment.size(); row < n; row++) {
      boolean isNull = column == null || column.kind(row) == ScalarValue.NULL;
      if (isNull == wantNull) {
        bits[row >>> 6] |= 1L << row;
      }
    }
  }
}
