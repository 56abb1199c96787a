package io.wethodkit.mock.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.client.Coverage;
import io.wethodkit.mock.endpoint.EndpointRequest;
import io.wethodkit.mock.endpoint.ProjectsEndpoint;
import io.wethodkit.mock.support.Calls;
import io.wethodkit.mock.support.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Recording from many serving threads at once: every call counted, one example per behaviour, that
 * of one of the calls; a mock built without recording covers nothing.
 */
class CoverageRecorderTest {

  private static final int THREADS = 8;
  private static final int CALLS = 2_000;

  @Test
  void callsFromManyThreadsAreEachCountedAndEachBehaviourKeepsOneOfThemAsItsExample()
      throws Exception {
    try (MockServer mock = MockServer.builder().fixtures(TestData.dir()).build()) {
      ProjectsEndpoint endpoint =
          new ProjectsEndpoint(mock.parts(), mock.state(), mock.callListener());
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  go.await();
                  for (int i = 0; i < CALLS; i++) {
                    String query = "limit=" + (1 + (thread + i) % 50);
                    endpoint.handle(EndpointRequest.of(query, Calls.headers("tok-both", "acme")));
                    endpoint.handle(EndpointRequest.of("", Map.of()));
                  }
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> future : done) {
        future.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();

      Coverage coverage = mock.coverage().current();
      long all = (long) THREADS * CALLS;
      assertThat(coverage.behaviour("200").orElseThrow().calls()).isEqualTo(all);
      assertThat(coverage.behaviour("scope.both").orElseThrow().calls()).isEqualTo(all);
      assertThat(coverage.behaviour("401.missing-authorization").orElseThrow().calls())
          .isEqualTo(all);
      assertThat(coverage.behaviour("200").orElseThrow().example().query()).matches("limit=[0-9]+");
      assertThat(coverage.behaviour("200").orElseThrow().example().identity()).isEqualTo("both");
      assertThat(mock.recentCalls().lastSequence())
          .as("the recent calls still see them")
          .isEqualTo(2 * all);
    }
  }

  @Test
  void aMockBuiltWithoutRecordingCoversNothingAndSaysSo() {
    try (MockServer mock =
        MockServer.builder().fixtures(TestData.dir()).coverage(false).build().start()) {
      Calls.list(mock, "", Calls.headers("tok-both", "acme"));
      Coverage coverage = mock.coverage().current();
      assertThat(coverage.recording()).isFalse();
      assertThat(coverage.coveredIds()).isEmpty();
      assertThat(mock.recentCalls().lastSequence()).isEqualTo(1);
      assertThat(coverage.behaviour("200").orElseThrow().howToMeet()).isNotNull();
    }
  }
}
