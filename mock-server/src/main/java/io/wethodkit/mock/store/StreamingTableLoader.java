package io.wethodkit.mock.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.fixtures.read.FixtureFileException;
import io.wethodkit.fixtures.read.FixtureReader;
import io.wethodkit.fixtures.read.ProjectBatch;
import io.wethodkit.fixtures.read.ProjectBatches;
import io.wethodkit.fixtures.read.ProjectItemCheck;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;

/**
 * Loads a company's projects file the fast way: the file cut into batches on this thread, each
 * batch read on a worker with a streaming parser straight into its segments ({@link
 * FixtureRowReader}), while the next ones are cut. A project that fails a check takes the checked
 * way (a JSON tree checked against the fixture schema, then normalized), which names the problem
 * exactly as the item-by-item loader does, and the first bad project in file order is the one
 * named. A file that is not a plain array of objects, or holds a JSON syntax error, is left to the
 * item-by-item loader (empty), which names the problem.
 */
final class StreamingTableLoader {

  /** A batch that cannot be read the fast way: the whole file goes the item-by-item way. */
  private static final class NotReadable extends RuntimeException {
    NotReadable() {
      super(null, null, false, false);
    }
  }

  /**
   * What a worker made of a batch: its segments and how many items it read, up to the first one
   * that the checked way refused, if any (its tree and its place in the batch).
   */
  private record Part(List<Segment> segments, int items, JsonNode refused) {}

  private final ProjectRules projectRules;
  private final FixtureRowRules rules;

  /** Each worker's reader, kept from batch to batch. */
  private final ThreadLocal<FixtureRowReader> readers;

  StreamingTableLoader(ProjectRules projectRules, FixtureRowRules rules) {
    this.projectRules = projectRules;
    this.rules = rules;
    this.readers = ThreadLocal.withInitial(() -> new FixtureRowReader(rules));
  }

  /** The table of {@code reader}'s projects file of the company; empty to read it item by item. */
  Optional<ProjectTable> load(FixtureReader reader) {
    Company company = rules.company();
    ProjectItemCheck check = reader.projectItemCheck(company.slug());
    String where = reader.describe(FixtureReader.projectsFile(company.slug()));
    // A worker per core (the common pool has one fewer), while this thread cuts the file.
    ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    Deque<CompletableFuture<Part>> working = new ArrayDeque<>();
    List<Segment> segments = new ArrayList<>();
    int[] items = {0};
    try (ProjectBatches batches = reader.projectBatches(company.slug())) {
      int limit = pool.getParallelism() + 1;
      while (true) {
        ProjectBatch batch;
        try {
          batch = batches.next();
        } catch (ProjectBatches.NotPlain notPlain) {
          // The batches before come first in the file: their errors win.
          while (!working.isEmpty()) {
            take(working.poll(), segments, items, check, where);
          }
          return Optional.empty();
        }
        if (batch == null) {
          break;
        }
        working.add(CompletableFuture.supplyAsync(() -> read(batch, check, where), pool));
        if (working.size() >= limit) {
          take(working.poll(), segments, items, check, where);
        }
      }
      while (!working.isEmpty()) {
        take(working.poll(), segments, items, check, where);
      }
      return Optional.of(ProjectTableLoader.table(segments, company, rules.layout()));
    } catch (NotReadable syntax) {
      return Optional.empty();
    } finally {
      working.forEach(future -> future.cancel(false));
      pool.shutdown();
    }
  }

  /**
   * Adds the segments of a worker's part; for a part that stopped at a refused project, throws the
   * problem as the checked way names it at its index in the file.
   */
  private void take(
      CompletableFuture<Part> future,
      List<Segment> segments,
      int[] items,
      ProjectItemCheck check,
      String where) {
    Part part = ProjectTableLoader.join(future);
    segments.addAll(part.segments());
    items[0] += part.items();
    if (part.refused() != null) {
      int index = items[0];
      check.check(part.refused(), index);
      projectRules.normalize(part.refused(), rules.company(), where + "[" + index + "]");
      throw new IllegalStateException("the checked way took the project it refused: " + index);
    }
  }

  /** The segments of {@code batch}'s items, read in file order. */
  private Part read(ProjectBatch batch, ProjectItemCheck check, String where) {
    FixtureRowReader reader = readers.get();
    List<Segment> segments = new ArrayList<>();
    PackedSegmentBuilder out = builder(reader);
    int items = 0;
    try (JsonParser parser = batch.parser()) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new NotReadable();
      }
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
        long start = parser.currentTokenLocation().getByteOffset();
        if (!reader.read(parser, out)) {
          JsonNode tree = batch.tree(start, parser.currentLocation().getByteOffset());
          Project project = checked(tree, check, where);
          if (project == null) {
            return new Part(List.of(), items, tree);
          }
          out.add(project);
        }
        items++;
        if (out.size() == ProjectTable.SEGMENT_ROWS) {
          segments.add(out.build());
          out = builder(reader);
        }
      }
      if (token != JsonToken.END_ARRAY || parser.nextToken() != null) {
        throw new NotReadable(); // an item that is not an object, or more than the array
      }
    } catch (IOException syntax) {
      throw new NotReadable();
    } finally {
      batch.release();
    }
    if (out.size() > 0) {
      segments.add(out.build());
    }
    return new Part(segments, items, null);
  }

  private PackedSegmentBuilder builder(FixtureRowReader reader) {
    return new PackedSegmentBuilder(
        rules.layout(), rules.indexed(), ProjectTable.SEGMENT_ROWS, reader.chunk());
  }

  /** The project of {@code tree} the checked way; null when it refuses it. */
  private Project checked(JsonNode tree, ProjectItemCheck check, String where) {
    try {
      check.check(tree, 0);
      return projectRules.normalize(tree, rules.company(), where);
    } catch (FixtureFileException | InvalidDataException refused) {
      return null;
    }
  }
}
