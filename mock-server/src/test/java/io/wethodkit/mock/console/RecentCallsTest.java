package io.wethodkit.mock.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wethodkit.mock.endpoint.Answer;
import io.wethodkit.mock.endpoint.EndpointRequest;
import io.wethodkit.mock.endpoint.Refusal;
import io.wethodkit.mock.endpoint.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class RecentCallsTest {

  private static final Refusal MISSING =
      new Refusal(401, "unauthorized", "missing-authorization", "m", List.of());
  private static final Answer UNAUTHORIZED = new Answer(401, Map.of(), new byte[0]);

  /** The trace of a request refused for want of credentials, before any step was computed. */
  private static Trace refused(String query) {
    return Trace.refused(EndpointRequest.of(query, Map.of()), null, "authentication", MISSING);
  }

  @Test
  void keepsTheLastCallsUpToItsCapacityNewestFirst() {
    RecentCalls calls = new RecentCalls(3);
    for (int i = 1; i <= 5; i++) {
      calls.answered(refused("offset=" + i), UNAUTHORIZED, 1_000L * i);
    }

    assertThat(calls.lastSequence()).isEqualTo(5);
    assertThat(calls.after(0)).extracting(RecentCall::sequence).containsExactly(5L, 4L, 3L);
    assertThat(calls.after(0)).extracting(RecentCall::query).first().isEqualTo("offset=5");
    assertThat(calls.after(4)).extracting(RecentCall::sequence).containsExactly(5L);
    assertThat(calls.after(5)).isEmpty();
  }

  @Test
  void recordsStatusCauseAndDuration() {
    RecentCalls calls = new RecentCalls();
    long before = System.currentTimeMillis();
    calls.answered(refused(""), UNAUTHORIZED, 2_500_000);

    RecentCall call = calls.after(0).get(0);
    assertThat(call.status()).isEqualTo(401);
    assertThat(call.cause()).isEqualTo("missing-authorization");
    assertThat(call.micros()).isEqualTo(2_500);
    assertThat(call.identity()).isNull();
    assertThat(call.epochMillis()).isBetween(before, System.currentTimeMillis());
  }

  @Test
  void staysBoundedAndConsistentUnderConcurrentCalls() throws Exception {
    RecentCalls calls = new RecentCalls(50);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 20_000; i++) {
                    calls.answered(refused(""), UNAUTHORIZED, 1);
                    if (i % 1_000 == 0) {
                      assertThat(calls.after(0)).hasSizeLessThanOrEqualTo(50);
                    }
                  }
                }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(calls.lastSequence()).isEqualTo(80_000);
    List<RecentCall> kept = calls.after(0);
    assertThat(kept).hasSize(50);
    assertThat(kept.get(0).sequence()).isEqualTo(80_000);
    assertThat(kept)
        .extracting(RecentCall::sequence)
        .isSortedAccordingTo((a, b) -> Long.compare(b, a));
  }

  @Test
  void refusesANonPositiveCapacity() {
    assertThatThrownBy(() -> new RecentCalls(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
