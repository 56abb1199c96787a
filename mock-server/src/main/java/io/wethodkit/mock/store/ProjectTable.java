package io.wethodkit.mock.store;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.LongFunction;
import java.util.stream.IntStream;

/**
 * The projects of one company in ascending id order, as a persistent array of {@link Segment}s: a
 * change copies one segment and the (small) array of segments, never the whole list.
 */
public final class ProjectTable {

  /** Rows per segment when built; a segment that grows to twice this is split. */
  static final int SEGMENT_ROWS = 1024;

  private static final ProjectTable EMPTY = new ProjectTable(new Segment[0]);

  private final Segment[] segments;
  private final int[] starts;
  private final int size;

  private ProjectTable(Segment[] segments) {
    this.segments = segments;
    this.starts = new int[segments.length];
    int total = 0;
    for (int i = 0; i < segments.length; i++) {
      starts[i] = total;
      total += segments[i].size();
    }
    this.size = total;
  }

  /** A table of {@code sorted}, which are in strictly ascending id order. */
  static ProjectTable of(List<Project> sorted) {
    return of(sorted, TableLayout.ALL_COLUMNS);
  }

  /**
   * A table of {@code sorted}, which are in strictly ascending id order, stored as {@code layout}.
   */
  static ProjectTable of(List<Project> sorted, TableLayout layout) {
    if (sorted.isEmpty()) {
      return EMPTY;
    }
    Segment[] segments = new Segment[(sorted.size() + SEGMENT_ROWS - 1) / SEGMENT_ROWS];
    Project[] all = sorted.toArray(new Project[0]);
    // Segments are independent: a large dataset loads on every core.
    IntStream.range(0, segments.length)
        .parallel()
        .forEach(
            i ->
                segments[i] =
                    layout.segment(
                        Arrays.copyOfRange(
                            all, i * SEGMENT_ROWS, Math.min(all.length, (i + 1) * SEGMENT_ROWS))));
    return new ProjectTable(segments);
  }

  /**
   * A table of {@code count} projects with the ids {@code firstId} on, {@code project.apply(id)}
   * each (it must carry that id). Built a segment at a time on every core, so that only the stored
   * form of each project outlives its segment's construction.
   */
  public static ProjectTable build(long firstId, int count, LongFunction<Project> project) {
    return build(firstId, count, project, TableLayout.ALL_COLUMNS);
  }

  /** As {@link #build(long, int, LongFunction)}, stored as {@code layout}. */
  public static ProjectTable build(
      long firstId, int count, LongFunction<Project> project, TableLayout layout) {
    if (count <= 0) {
      return EMPTY;
    }
    Segment[] segments = new Segment[(count + SEGMENT_ROWS - 1) / SEGMENT_ROWS];
    IntStream.range(0, segments.length)
        .parallel()
        .forEach(
            i -> {
              Project[] rows = new Project[Math.min(SEGMENT_ROWS, count - i * SEGMENT_ROWS)];
              for (int row = 0; row < rows.length; row++) {
                long id = firstId + (long) i * SEGMENT_ROWS + row;
                rows[row] = project.apply(id);
                if (rows[row].id() != id) {
                  throw new IllegalArgumentException(
                      "the project for id " + id + " has the id " + rows[row].id());
                }
              }
              segments[i] = layout.segment(rows);
            });
    return new ProjectTable(segments);
  }

  /**
   * A table of {@code projects} in any order, sorted by id; an id used twice is refused, naming the
   * company {@code slug}.
   */
  static ProjectTable sorted(Collection<Project> projects, String slug) {
    return sorted(projects, slug, TableLayout.ALL_COLUMNS);
  }

  /** As {@link #sorted(Collection, String)}, stored as {@code layout}. */
  static ProjectTable sorted(Collection<Project> projects, String slug, TableLayout layout) {
    List<Project> sorted = new ArrayList<>(projects);
    sorted.sort(Comparator.comparingLong(Project::id));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id() == sorted.get(i - 1).id()) {
        throw new InvalidDataException(
            "projects/" + slug,
            "the project id " + sorted.get(i).id() + " is used twice (also in " + slug + ")");
      }
    }
    return of(sorted, layout);
  }

  /** A table of {@code segments}, whose ids ascend throughout. */
  static ProjectTable ofSegments(List<Segment> segments) {
    return segments.isEmpty() ? EMPTY : new ProjectTable(segments.toArray(new Segment[0]));
  }

  public int size() {
    return size;
  }

  /** The smallest id, or 0 for an empty table. */
  long firstId() {
    return segments.length == 0 ? 0 : segments[0].firstId();
  }

  /** The segments in id order. */
  public List<Segment> segments() {
    return List.of(segments);
  }

  public Optional<Project> find(long id) {
    int s = segmentFor(id);
    if (s < 0) {
      return Optional.empty();
    }
    int row = segments[s].indexOf(id);
    return row < 0 ? Optional.empty() : Optional.of(segments[s].project(row));
  }

  /** The greatest id, or 0 for an empty table. */
  long lastId() {
    return segments.length == 0 ? 0 : segments[segments.length - 1].lastId();
  }

  /** A copy with {@code project} replacing the one of its id, or added in id order. */
  public ProjectTable with(Project project) {
    if (segments.length == 0) {
      return new ProjectTable(new Segment[] {Segment.of(new Project[] {project})});
    }
    int s = Math.max(0, segmentFor(project.id()));
    Segment changed = segments[s].with(project);
    if (changed.size() < 2 * SEGMENT_ROWS) {
      Segment[] next = segments.clone();
      next[s] = changed;
      return new ProjectTable(next);
    }
    Segment[] next = new Segment[segments.length + 1];
    System.arraycopy(segments, 0, next, 0, s);
    System.arraycopy(changed.halves(), 0, next, s, 2);
    System.arraycopy(segments, s + 1, next, s + 2, segments.length - s - 1);
    return new ProjectTable(next);
  }

  /** A copy with each of {@code projects} applied as by {@link #with(Project)}. */
  public ProjectTable withAll(Collection<Project> projects) {
    ProjectTable table = this;
    for (Project project : projects) {
      table = table.with(project);
    }
    return table;
  }

  /** A copy without the project {@code id} (the same table when it has none). */
  public ProjectTable without(long id) {
    int s = segmentFor(id);
    if (s < 0) {
      return this;
    }
    int row = segments[s].indexOf(id);
    if (row < 0) {
      return this;
    }
    Segment changed = segments[s].without(row);
    if (changed != null) {
      Segment[] next = segments.clone();
      next[s] = changed;
      return new ProjectTable(next);
    }
    Segment[] next = new Segment[segments.length - 1];
    System.arraycopy(segments, 0, next, 0, s);
    System.arraycopy(segments, s + 1, next, s, segments.length - s - 1);
    return new ProjectTable(next);
  }

  /** The segment whose id range holds {@code id} (the last one starting at or before it), or -1. */
  private int segmentFor(long id) {
    int low = 0;
    int high = segments.length - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (segments[mid].firstId() <= id) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  /** The projects as a read-only list in id order. */
  public List<Project> asList() {
    return new Rows();
  }

  private final class Rows extends AbstractList<Project> implements RandomAccess {
    @Override
    public Project get(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException(index);
      }
      int s = Arrays.binarySearch(starts, index);
      if (s < 0) {
        s = -s - 2;
      }
      return segments[s].project(index - starts[s]);
    }

    @Override
    public int size() {
      return size;
    }
  }
}
