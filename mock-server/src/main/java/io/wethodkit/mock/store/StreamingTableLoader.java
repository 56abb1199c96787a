package io.wethodkit.mock.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Loads a company's projects file the fast way: the file cut into batches of a segment's worth of
 * items on this thread, each batch read on a worker with a streaming parser straight into its
 * segment ({@link FixtureRowReader}), while the next ones are cut. A project that fails a check
 * takes the checked way (a JSON tree checked against the fixture schema, then normalized), which
 * names the problem exactly as the item-by-item loader does, and the first bad project in file
 * order is the one named. A file that is not a plain array of objects, or holds a JSON syntax
 * error, is left to the item-by-item loader (empty), which names the problem.
 */
final class StreamingTableLoader {

  /** A batch that cannot be read the fast way: the whole file goes the item-by-item way. */
  private static final class NotReadable extends RuntimeException {
    NotReadable() {
      super(null, null, false, false);
    }
  }

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
    Deque<CompletableFuture<Segment>> working = new ArrayDeque<>();
    try (ProjectBatches batches =
        reader.projectBatches(company.slug(), ProjectTable.SEGMENT_ROWS)) {
      int limit = pool.getParallelism() + 1;
      List<Segment> segments = new ArrayList<>();
      while (true) {
        ProjectBatch batch;
        try {
          batch = batches.next();
        } catch (ProjectBatches.NotPlain notPlain) {
          // The batches before come first in the file: their errors win.
          while (!working.isEmpty()) {
            join(working.poll());
          }
          return Optional.empty();
        }
        if (batch == null) {
          break;
        }
        working.add(CompletableFuture.supplyAsync(() -> segment(batch, check, where), pool));
        if (working.size() >= limit) {
          segments.add(join(working.poll()));
        }
      }
      while (!working.isEmpty()) {
        segments.add(join(working.poll()));
      }
      return Optional.of(ProjectTableLoader.table(segments, company, rules.layout()));
    } catch (NotReadable syntax) {
      return Optional.empty();
    } finally {
      working.forEach(future -> future.cancel(false));
      pool.shutdown();
    }
  }

  /** The segment of {@code batch}'s items, read in file order. */
  private Segment segment(ProjectBatch batch, ProjectItemCheck check, String where) {
    FixtureRowReader reader = readers.get();
    PackedSegmentBuilder out =
        new PackedSegmentBuilder(rules.layout(), rules.indexed(), batch.size(), reader.chunk());
    try (JsonParser parser = batch.parser()) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new NotReadable();
      }
      for (int item = 0; item < batch.size(); item++) {
        if (!reader.read(parser, out)) {
          out.add(checked(batch, item, check, where));
        }
      }
      if (parser.nextToken() != JsonToken.END_ARRAY) {
        throw new NotReadable();
      }
    } catch (IOException syntax) {
      throw new NotReadable();
    } finally {
      batch.release();
    }
    return out.build();
  }

  /** Item {@code item} the checked way: it throws the problem, or gives the project. */
  private Project checked(ProjectBatch batch, int item, ProjectItemCheck check, String where)
      throws IOException {
    JsonNode tree = batch.tree(item);
    int index = batch.index(item);
    check.check(tree, index);
    return projectRules.normalize(tree, rules.company(), where + "[" + index + "]");
  }

  private static Segment join(CompletableFuture<Segment> future) {
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
