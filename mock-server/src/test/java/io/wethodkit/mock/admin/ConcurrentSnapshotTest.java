package io.wethodkit.mock.admin;

import static io.wethodkit.mock.support.Calls.headers;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.generate.GeneratorSpec;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.support.Calls;
import io.wethodkit.mock.support.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Each list answer reflects one snapshot while writers run: two writers each move probability
 * points between their own two projects in one atomic batch, so the sum over all projects never
 * changes; four readers list every project and check the sum on every answer. A reader that saw one
 * project of a batch changed and the other not would see another sum.
 */
class ConcurrentSnapshotTest {

  private static final int BATCHES_PER_WRITER = 150;

  @Test
  void everyAnswerSeesWholeBatches() throws Exception {
    try (MockServer mock = MockServer.builder().fixtures(TestData.dir()).build().start()) {
      Map<Long, Integer> start = probabilities(mock);
      int expectedSum = start.values().stream().mapToInt(Integer::intValue).sum();
      ExecutorService pool = Executors.newFixedThreadPool(6);
      AtomicBoolean writing = new AtomicBoolean(true);
      List<Future<Integer>> readers = new ArrayList<>();
      for (int r = 0; r < 4; r++) {
        readers.add(
            pool.submit(
                () -> {
                  int reads = 0;
                  while (writing.get() || reads == 0) {
                    Map<Long, Integer> seen = probabilities(mock);
                    assertThat(seen.values().stream().mapToInt(Integer::intValue).sum())
                        .as("sum on read " + reads)
                        .isEqualTo(expectedSum);
                    reads++;
                  }
                  return reads;
                }));
      }
      List<Future<?>> writers = new ArrayList<>();
      long[][] pairs = {{1, 2}, {3, 4}};
      for (int w = 0; w < pairs.length; w++) {
        long a = pairs[w][0];
        long b = pairs[w][1];
        Random random = new Random(w);
        writers.add(
            pool.submit(
                () -> {
                  int pa = start.get(a);
                  int pb = start.get(b);
                  for (int i = 0; i < BATCHES_PER_WRITER; i++) {
                    int move = random.nextInt(21) - 10;
                    move = Math.max(-pa, Math.min(pb, move));
                    move = Math.max(pb - 100, Math.min(100 - pa, move));
                    pa += move;
                    pb -= move;
                    Response response =
                        Calls.raw(mock)
                            .contentType("application/json")
                            .body(
                                "[{\"id\": "
                                    + a
                                    + ", \"probability\": "
                                    + pa
                                    + "}, {\"id\": "
                                    + b
                                    + ", \"probability\": "
                                    + pb
                                    + "}]")
                            .patch("/__admin/projects-mock/companies/acme/projects");
                    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
                  }
                  return null;
                }));
      }
      for (Future<?> writer : writers) {
        writer.get(60, TimeUnit.SECONDS);
      }
      writing.set(false);
      int reads = 0;
      for (Future<Integer> reader : readers) {
        reads += reader.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();
      assertThat(reads).isGreaterThan(20);
      Map<Long, Integer> end = probabilities(mock);
      assertThat(end.get(1L) + end.get(2L)).isEqualTo(start.get(1L) + start.get(2L));
      assertThat(end).isNotEqualTo(start);
    }
  }

  /**
   * A writer swaps, in one batch, which of two projects in different segments of a generated
   * dataset is active with probability 77 and which is soft-deleted with probability 78; readers
   * check, on every answer, that filter, deletion scope and paging saw exactly one of each.
   */
  @Test
  void aPagesFilterScopeAndPagingComeFromOneSnapshot() throws Exception {
    try (MockServer mock =
        MockServer.builder().generate(new GeneratorSpec(5000, 3)).build().start()) {
      long a = 2;
      long b = 4900;
      swap(mock, a, b);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      AtomicBoolean writing = new AtomicBoolean(true);
      List<Future<Integer>> readers = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        readers.add(
            pool.submit(
                () -> {
                  int reads = 0;
                  while (writing.get() || reads == 0) {
                    List<JsonNode> active = items(mock, "probability=77&deleted=include");
                    assertThat(active)
                        .singleElement()
                        .satisfies(
                            p -> {
                              assertThat(p.get("id").asLong()).isIn(a, b);
                              assertThat(p.get("deleted_at").isNull()).isTrue();
                            });
                    List<JsonNode> deleted = items(mock, "probability=78&deleted=only");
                    assertThat(deleted)
                        .singleElement()
                        .satisfies(p -> assertThat(p.get("id").asLong()).isIn(a, b));
                    assertThat(items(mock, "probability=78")).isEmpty();
                    assertThat(items(mock, "probability=77&deleted=only")).isEmpty();
                    assertThat(items(mock, "probability=77&deleted=include&offset=1")).isEmpty();
                    assertThat(items(mock, "probability=78&deleted=include&offset=0&limit=1"))
                        .hasSize(1);
                    reads++;
                  }
                  return reads;
                }));
      }
      Future<?> writer =
          pool.submit(
              () -> {
                for (int i = 0; i < 120; i++) {
                  if (i % 2 == 0) {
                    swap(mock, b, a);
                  } else {
                    swap(mock, a, b);
                  }
                }
                return null;
              });
      writer.get(60, TimeUnit.SECONDS);
      writing.set(false);
      int reads = 0;
      for (Future<Integer> reader : readers) {
        reads += reader.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();
      assertThat(reads).isGreaterThan(10);
    }
  }

  /** In one batch: {@code active} active at 77, {@code deleted} soft-deleted at 78. */
  private static void swap(MockServer mock, long active, long deleted) {
    Response response =
        Calls.raw(mock)
            .contentType("application/json")
            .body(
                "[{\"id\": "
                    + active
                    + ", \"probability\": 77, \"deleted_at\": null}, {\"id\": "
                    + deleted
                    + ", \"probability\": 78, \"deleted_at\": \"2030-01-01T00:00:00.000Z\"}]")
            .patch("/__admin/projects-mock/companies/acme/projects");
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
  }

  private static List<JsonNode> items(MockServer mock, String query) {
    Response response = Calls.list(mock, query, headers("tok-both", "acme"));
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    List<JsonNode> out = new ArrayList<>();
    Json.parse(response.asByteArray(), "answer").forEach(out::add);
    return out;
  }

  private static Map<Long, Integer> probabilities(MockServer mock) {
    Response response = Calls.list(mock, "deleted=include", headers("tok-both", "acme"));
    assertThat(response.statusCode()).isEqualTo(200);
    Map<Long, Integer> out = new java.util.TreeMap<>();
    for (JsonNode project : Json.parse(response.asByteArray(), "answer")) {
      out.put(project.get("id").asLong(), project.get("probability").asInt());
    }
    return out;
  }
}
