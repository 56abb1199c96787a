package io.wethodkit.mock.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Turns a company's project items, read one at a time, into its {@link ProjectTable}: each
 * segment's worth of items is checked, normalized and stored on a worker while the next ones are
 * read, so a file of a million projects loads on every core and is never held whole as JSON trees.
 * Errors are those of the first bad item in file order, whatever the threads did.
 */
final class ProjectTableLoader {

  /** A check of one item before it is normalized; throws to refuse it. */
  @FunctionalInterface
  interface ItemCheck {
    ItemCheck NONE = (item, index) -> {};

    void check(JsonNode item, int index);
  }

  private final ProjectRules rules;
  private final TableLayout layout;

  ProjectTableLoader(ProjectRules rules, TableLayout layout) {
    this.rules = rules;
    this.layout = layout;
  }

  /** The table of {@code items}; {@code where} names the file (or array) in errors. */
  ProjectTable load(Iterator<JsonNode> items, ItemCheck check, Company company, String where) {
    // A worker per core (the common pool has one fewer), while this thread reads.
    ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    try {
      return load(items, check, company, where, pool);
    } finally {
      pool.shutdown();
    }
  }

  private ProjectTable load(
      Iterator<JsonNode> items, ItemCheck check, Company company, String where, ForkJoinPool pool) {
    // One batch per worker and one being read: few JSON trees alive, so young collections are
    // short.
    int limit = pool.getParallelism() + 1;
    Deque<CompletableFuture<Segment>> working = new ArrayDeque<>();
    List<Segment> segments = new ArrayList<>();
    int index = 0;
    while (true) {
      JsonNode[] batch = new JsonNode[ProjectTable.SEGMENT_ROWS];
      int size;
      try {
        size = read(items, batch);
      } catch (RuntimeException unreadable) {
        // The items read before the unreadable one come first in the file: their errors win.
        while (!working.isEmpty()) {
          join(working.poll());
        }
        throw unreadable;
      }
      if (size == 0) {
        break;
      }
      int first = index;
      int count = size;
      index += size;
      working.add(
          CompletableFuture.supplyAsync(
              () -> segment(batch, count, first, check, company, where), pool));
      if (working.size() >= limit) {
        segments.add(join(working.poll()));
      }
    }
    while (!working.isEmpty()) {
      segments.add(join(working.poll()));
    }
    return table(segments, company, layout);
  }

  /** Fills {@code batch} with the next items; how many there were (0 at the end). */
  private static int read(Iterator<JsonNode> items, JsonNode[] batch) {
    int size = 0;
    while (size < batch.length && items.hasNext()) {
      batch[size++] = items.next();
    }
    return size;
  }

  /** The segment of items {@code first..first+count-1}, checked and normalized in file order. */
  private Segment segment(
      JsonNode[] batch, int count, int first, ItemCheck check, Company company, String where) {
    Project[] rows = new Project[count];
    for (int i = 0; i < count; i++) {
      check.check(batch[i], first + i);
      rows[i] = rules.normalize(batch[i], company, where + "[" + (first + i) + "]");
      batch[i] = null;
    }
    return layout.segment(rows);
  }

  /**
   * The table of the segments when their ids ascend throughout (the fixture format's order); else
   * the projects sorted by id, each id once.
   */
  static ProjectTable table(List<Segment> segments, Company company, TableLayout layout) {
    long last = Long.MIN_VALUE;
    boolean ascending = true;
    for (Segment segment : segments) {
      for (int row = 0; row < segment.size() && ascending; row++) {
        long id = segment.id(row);
        ascending = id > last;
        last = id;
      }
    }
    if (ascending) {
      return ProjectTable.ofSegments(segments);
    }
    List<Project> all = new ArrayList<>();
    for (Segment segment : segments) {
      for (int row = 0; row < segment.size(); row++) {
        all.add(segment.project(row));
      }
    }
    return ProjectTable.sorted(all, company.slug(), layout);
  }

  /** What {@code future} computed, or the unchecked exception that stopped it, as thrown. */
  static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
