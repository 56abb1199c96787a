package io.wethodkit.mock.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A run of a company's projects in ascending id order, immutable, with a {@link Column} per field.
 * A change to one project copies only its segment, so writes on a large dataset stay cheap.
 */
public final class Segment {

  private static final int REMEMBERED_QUERIES = 16;

  private final Project[] rows;
  private final long[] ids;
  private final Map<String, Column> columns;

  /** Matching-row counts of recent queries; the segment never changes, so they stay true. */
  private final Map<Object, Integer> counts = new ConcurrentHashMap<>();

  private Segment(Project[] rows, long[] ids, Map<String, Column> columns) {
    this.rows = rows;
    this.ids = ids;
    this.columns = columns;
  }

  /** A segment of {@code rows}, which are in ascending id order. */
  static Segment of(Project[] rows) {
    long[] ids = new long[rows.length];
    Map<String, Column> columns = new HashMap<>();
    for (int row = 0; row < rows.length; row++) {
      ids[row] = rows[row].id();
      int at = row;
      ProjectScalars.read(
          rows[row],
          (name, scalar) -> {
            Column column = columns.get(name);
            if (column == null) {
              column = Column.empty(rows.length);
              columns.put(name, column);
            }
            column.set(at, scalar);
          });
    }
    return new Segment(rows.clone(), ids, columns);
  }

  public int size() {
    return rows.length;
  }

  public Project project(int row) {
    return rows[row];
  }

  long firstId() {
    return ids[0];
  }

  long lastId() {
    return ids[ids.length - 1];
  }

  /** The number of rows that the query {@code key} matched, if known. */
  public Integer knownCount(Object key) {
    return counts.get(key);
  }

  /** Remembers the number of rows that the query {@code key} matched (a few queries at most). */
  public void rememberCount(Object key, int count) {
    if (counts.size() >= REMEMBERED_QUERIES) {
      counts.clear();
    }
    counts.put(key, count);
  }

  /** The column of {@code field}, or null when no project of the segment has it. */
  public Column column(String field) {
    return columns.get(field);
  }

  /** The row of {@code id}, or {@code -(insertion point) - 1}. */
  int indexOf(long id) {
    return Arrays.binarySearch(ids, id);
  }

  /** A copy with {@code project} replacing the one of its id, or inserted in id order. */
  Segment with(Project project) {
    int found = indexOf(project.id());
    Map<String, ScalarValue> scalars = ProjectScalars.read(project);
    if (found >= 0) {
      Project[] nextRows = rows.clone();
      nextRows[found] = project;
      Map<String, Column> next = new HashMap<>();
      columns.forEach((name, column) -> next.put(name, column.copy()));
      fill(next, found, scalars, rows.length);
      return new Segment(nextRows, ids, next);
    }
    int at = -found - 1;
    Project[] nextRows = new Project[rows.length + 1];
    System.arraycopy(rows, 0, nextRows, 0, at);
    nextRows[at] = project;
    System.arraycopy(rows, at, nextRows, at + 1, rows.length - at);
    long[] nextIds = new long[ids.length + 1];
    System.arraycopy(ids, 0, nextIds, 0, at);
    nextIds[at] = project.id();
    System.arraycopy(ids, at, nextIds, at + 1, ids.length - at);
    Map<String, Column> next = new HashMap<>();
    columns.forEach((name, column) -> next.put(name, column.inserting(at)));
    fill(next, at, scalars, nextRows.length);
    return new Segment(nextRows, nextIds, next);
  }

  private static void fill(
      Map<String, Column> columns, int row, Map<String, ScalarValue> scalars, int size) {
    ScalarValue none = new ScalarValue(ScalarValue.NULL, 0);
    columns.forEach((name, column) -> column.set(row, scalars.getOrDefault(name, none)));
    scalars.forEach(
        (name, scalar) -> columns.computeIfAbsent(name, n -> Column.empty(size)).set(row, scalar));
  }

  /** A copy without the project at {@code row}; null when it was the only one. */
  Segment without(int row) {
    if (rows.length == 1) {
      return null;
    }
    Project[] nextRows = new Project[rows.length - 1];
    System.arraycopy(rows, 0, nextRows, 0, row);
    System.arraycopy(rows, row + 1, nextRows, row, rows.length - row - 1);
    long[] nextIds = new long[ids.length - 1];
    System.arraycopy(ids, 0, nextIds, 0, row);
    System.arraycopy(ids, row + 1, nextIds, row, ids.length - row - 1);
    Map<String, Column> next = new HashMap<>();
    columns.forEach((name, column) -> next.put(name, column.removing(row)));
    return new Segment(nextRows, nextIds, next);
  }

  /** The two halves of this segment (for one that has grown past the table's segment size). */
  Segment[] halves() {
    int mid = rows.length / 2;
    return new Segment[] {range(0, mid), range(mid, rows.length)};
  }

  private Segment range(int from, int to) {
    Map<String, Column> next = new HashMap<>();
    columns.forEach((name, column) -> next.put(name, column.range(from, to)));
    return new Segment(Arrays.copyOfRange(rows, from, to), Arrays.copyOfRange(ids, from, to), next);
  }
}
