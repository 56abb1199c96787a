package io.wethodkit.mock.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A run of a company's projects in ascending id order, immutable: their ids, their rendered JSON
 * ({@link RowBytes}) and a {@link Column} per field. A million projects are a few hundred thousand
 * objects for the collector rather than millions. A change to one project copies one chunk of bytes
 * and the columns whose value changed, so writes on a large dataset stay cheap.
 *
 * <p>A segment of a large dataset holds the columns of its indexed fields (those the contract's
 * filters, deletion filter and visibility compare) from the start, and makes the column of any
 * other field when first asked for it; a small one holds every field's column.
 */
public final class Segment {

  private static final int REMEMBERED_QUERIES = 16;

  private static final ScalarValue NONE = new ScalarValue(ScalarValue.NULL, 0);

  private final long[] ids;
  private final RowBytes json;
  private final Map<String, Column> columns;

  /** The fields whose columns {@link #columns} holds; null when it holds every field's. */
  private final Set<String> indexed;

  /** The columns of other fields, made when asked for (empty: no row has the field). */
  private final Map<String, Optional<Column>> derived = new ConcurrentHashMap<>();

  /** Matching-row counts of recent queries; the segment never changes, so they stay true. */
  private final Map<Object, Integer> counts = new ConcurrentHashMap<>();

  private Segment(long[] ids, RowBytes json, Map<String, Column> columns, Set<String> indexed) {
    this.ids = ids;
    this.json = json;
    this.columns = columns;
    this.indexed = indexed;
  }

  /** A segment of {@code rows}, which are in ascending id order, with every field's column. */
  static Segment of(Project[] rows) {
    return of(rows, null, null);
  }

  /**
   * A segment of {@code rows}, which are in ascending id order, with the columns of {@code indexed}
   * (every field's when null), packed by {@code codec} (by the names the rows use when null).
   */
  static Segment of(Project[] rows, Set<String> indexed, RowCodec codec) {
    long[] ids = new long[rows.length];
    for (int row = 0; row < rows.length; row++) {
      ids[row] = rows[row].id();
    }
    Map<String, Column> columns = new HashMap<>();
    for (int row = 0; row < rows.length; row++) {
      int at = row;
      ProjectScalars.read(
          rows[row],
          (name, scalar) -> {
            if (indexed == null || indexed.contains(name)) {
              columns.computeIfAbsent(name, n -> Column.empty(rows.length)).set(at, scalar);
            }
          });
    }
    RowBytes json = codec == null ? RowBytes.of(rows) : RowBytes.of(codec, rows);
    return new Segment(ids, json, columns, indexed == null ? null : Set.copyOf(indexed));
  }

  /**
   * A segment of rows already packed and read: {@code ids} ascending, {@code json} their bytes,
   * {@code columns} those of the fields of {@code indexed} that some row has.
   */
  static Segment ofPacked(
      long[] ids, RowBytes json, Map<String, Column> columns, Set<String> indexed) {
    return new Segment(ids, json, columns, indexed);
  }

  public int size() {
    return ids.length;
  }

  /** The project at {@code row}: a view of this segment's bytes. */
  public Project project(int row) {
    return json.project(ids[row], row);
  }

  /** The id of the project at {@code row}. */
  long id(int row) {
    return ids[row];
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
    Column column = columns.get(field);
    if (column != null || indexed == null || indexed.contains(field)) {
      return column;
    }
    return derived.computeIfAbsent(field, this::derive).orElse(null);
  }

  private Optional<Column> derive(String field) {
    Column column = Column.empty(ids.length);
    boolean held = false;
    for (int row = 0; row < ids.length; row++) {
      int at = row;
      boolean[] found = {false};
      ProjectScalars.read(
          project(row),
          (name, scalar) -> {
            if (name.equals(field)) {
              column.set(at, scalar);
              found[0] = true;
            }
          });
      held |= found[0];
    }
    return held ? Optional.of(column) : Optional.empty();
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
      return new Segment(ids, json.replacing(found, project), replaced(found, scalars), indexed);
    }
    int at = -found - 1;
    long[] nextIds = new long[ids.length + 1];
    System.arraycopy(ids, 0, nextIds, 0, at);
    nextIds[at] = project.id();
    System.arraycopy(ids, at, nextIds, at + 1, ids.length - at);
    Map<String, Column> next = new HashMap<>();
    columns.forEach((name, column) -> next.put(name, column.inserting(at)));
    scalars.forEach(
        (name, scalar) -> {
          if (isIndexed(name)) {
            next.computeIfAbsent(name, n -> Column.empty(nextIds.length)).set(at, scalar);
          }
        });
    return new Segment(nextIds, json.inserting(at, project), next, indexed);
  }

  private boolean isIndexed(String field) {
    return indexed == null || indexed.contains(field);
  }

  /** The columns with row {@code row} holding {@code scalars}: only changed columns are copied. */
  private Map<String, Column> replaced(int row, Map<String, ScalarValue> scalars) {
    Map<String, Column> next = new HashMap<>(columns);
    columns.forEach(
        (name, column) -> {
          ScalarValue scalar = scalars.getOrDefault(name, NONE);
          if (!column.holds(row, scalar)) {
            Column copy = column.copy();
            copy.set(row, scalar);
            next.put(name, copy);
          }
        });
    scalars.forEach(
        (name, scalar) -> {
          if (!columns.containsKey(name) && isIndexed(name)) {
            Column added = Column.empty(ids.length);
            added.set(row, scalar);
            next.put(name, added);
          }
        });
    return next;
  }

  /** A copy without the project at {@code row}; null when it was the only one. */
  Segment without(int row) {
    if (ids.length == 1) {
      return null;
    }
    long[] nextIds = new long[ids.length - 1];
    System.arraycopy(ids, 0, nextIds, 0, row);
    System.arraycopy(ids, row + 1, nextIds, row, ids.length - row - 1);
    Map<String, Column> next = new HashMap<>();
    columns.forEach((name, column) -> next.put(name, column.removing(row)));
    return new Segment(nextIds, json.removing(row), next, indexed);
  }

  /** The two halves of this segment (for one that has grown past the table's segment size). */
  Segment[] halves() {
    int mid = ids.length / 2;
    return new Segment[] {range(0, mid), range(mid, ids.length)};
  }

  private Segment range(int from, int to) {
    Map<String, Column> next = new HashMap<>();
    columns.forEach((name, column) -> next.put(name, column.range(from, to)));
    return new Segment(Arrays.copyOfRange(ids, from, to), json.range(from, to), next, indexed);
  }
}
