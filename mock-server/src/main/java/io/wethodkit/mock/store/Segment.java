package io.wethodkit.mock.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A run of a company's projects in ascending id order, immutable, with a {@link Column} per field.
 * The projects' rendered JSON lies end to end in one array, so a million projects are a few
 * thousand objects for the collector rather than millions. A change to one project copies only its
 * segment, so writes on a large dataset stay cheap.
 */
public final class Segment {

  private static final int REMEMBERED_QUERIES = 16;

  private final long[] ids;

  /** The projects' JSON end to end: row {@code r} is {@code json[starts[r], starts[r + 1])}. */
  private final byte[] json;

  private final int[] starts;
  private final Map<String, Column> columns;

  /** Matching-row counts of recent queries; the segment never changes, so they stay true. */
  private final Map<Object, Integer> counts = new ConcurrentHashMap<>();

  private Segment(long[] ids, byte[] json, int[] starts, Map<String, Column> columns) {
    this.ids = ids;
    this.json = json;
    this.starts = starts;
    this.columns = columns;
  }

  /** A segment of {@code rows}, which are in ascending id order. */
  static Segment of(Project[] rows) {
    long[] ids = new long[rows.length];
    int[] starts = new int[rows.length + 1];
    for (int row = 0; row < rows.length; row++) {
      ids[row] = rows[row].id();
      starts[row + 1] = Math.addExact(starts[row], rows[row].jsonLength());
    }
    byte[] json = new byte[starts[rows.length]];
    for (int row = 0; row < rows.length; row++) {
      rows[row].copyJson(json, starts[row]);
    }
    Map<String, Column> columns = new HashMap<>();
    for (int row = 0; row < rows.length; row++) {
      int at = row;
      ProjectScalars.read(
          json,
          starts[row],
          starts[row + 1] - starts[row],
          (name, scalar) -> {
            Column column = columns.get(name);
            if (column == null) {
              column = Column.empty(rows.length);
              columns.put(name, column);
            }
            column.set(at, scalar);
          });
    }
    return new Segment(ids, json, starts, columns);
  }

  public int size() {
    return ids.length;
  }

  /** The project at {@code row}: a view of this segment's bytes. */
  public Project project(int row) {
    return Project.view(ids[row], json, starts[row], starts[row + 1] - starts[row]);
  }

  /** The length in bytes of the rendered JSON of rows {@code from} to {@code to} (exclusive). */
  int bytes(int from, int to) {
    return starts[to] - starts[from];
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
    int size = ids.length;
    if (found >= 0) {
      Map<String, Column> next = new HashMap<>();
      columns.forEach((name, column) -> next.put(name, column.copy()));
      fill(next, found, scalars, size);
      return new Segment(ids, splice(found, found + 1, project), replaced(found, project), next);
    }
    int at = -found - 1;
    long[] nextIds = new long[size + 1];
    System.arraycopy(ids, 0, nextIds, 0, at);
    nextIds[at] = project.id();
    System.arraycopy(ids, at, nextIds, at + 1, size - at);
    Map<String, Column> next = new HashMap<>();
    columns.forEach((name, column) -> next.put(name, column.inserting(at)));
    fill(next, at, scalars, size + 1);
    return new Segment(nextIds, splice(at, at, project), inserted(at, project), next);
  }

  /** The bytes with rows {@code [from, to)} replaced by {@code project} (or removed, if null). */
  private byte[] splice(int from, int to, Project project) {
    int added = project == null ? 0 : project.jsonLength();
    byte[] next = new byte[json.length - bytes(from, to) + added];
    System.arraycopy(json, 0, next, 0, starts[from]);
    if (project != null) {
      project.copyJson(next, starts[from]);
    }
    System.arraycopy(json, starts[to], next, starts[from] + added, json.length - starts[to]);
    return next;
  }

  /** The row starts once row {@code row} is replaced by {@code project}. */
  private int[] replaced(int row, Project project) {
    int[] next = starts.clone();
    int shift = project.jsonLength() - bytes(row, row + 1);
    for (int r = row + 1; r < next.length; r++) {
      next[r] += shift;
    }
    return next;
  }

  /** The row starts once {@code project} is inserted at {@code row}. */
  private int[] inserted(int row, Project project) {
    int[] next = new int[starts.length + 1];
    System.arraycopy(starts, 0, next, 0, row + 1);
    for (int r = row + 1; r < next.length; r++) {
      next[r] = starts[r - 1] + project.jsonLength();
    }
    return next;
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
    int size = ids.length;
    if (size == 1) {
      return null;
    }
    long[] nextIds = new long[size - 1];
    System.arraycopy(ids, 0, nextIds, 0, row);
    System.arraycopy(ids, row + 1, nextIds, row, size - row - 1);
    int removed = bytes(row, row + 1);
    int[] nextStarts = new int[starts.length - 1];
    System.arraycopy(starts, 0, nextStarts, 0, row + 1);
    for (int r = row + 1; r < nextStarts.length; r++) {
      nextStarts[r] = starts[r + 1] - removed;
    }
    Map<String, Column> next = new HashMap<>();
    columns.forEach((name, column) -> next.put(name, column.removing(row)));
    return new Segment(nextIds, splice(row, row + 1, null), nextStarts, next);
  }

  /** The two halves of this segment (for one that has grown past the table's segment size). */
  Segment[] halves() {
    int mid = ids.length / 2;
    return new Segment[] {range(0, mid), range(mid, ids.length)};
  }

  private Segment range(int from, int to) {
    Map<String, Column> next = new HashMap<>();
    columns.forEach((name, column) -> next.put(name, column.range(from, to)));
    int[] nextStarts = new int[to - from + 1];
    for (int r = 0; r < nextStarts.length; r++) {
      nextStarts[r] = starts[from + r] - starts[from];
    }
    return new Segment(
        Arrays.copyOfRange(ids, from, to),
        Arrays.copyOfRange(json, starts[from], starts[to]),
        nextStarts,
        next);
  }
}
