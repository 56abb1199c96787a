package io.wethodkit.mock.endpoint;

import static io.wethodkit.mock.support.EndpointCalls.ids;
import static io.wethodkit.mock.support.EndpointCalls.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.contract.Contract;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.StandardParts;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.FixtureLoader;
import io.wethodkit.mock.store.MockClock;
import io.wethodkit.mock.store.MockState;
import io.wethodkit.mock.support.TestData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An answer is worked out once and reused while the snapshot, the raw query and the headers the
 * emulation reads are the same: every request is still told to the listener, with its own request;
 * a change of the state, another identity, company or query gets its own answer; an answer that
 * depends on another header is never reused; a customized mock reuses none; the kept answers are
 * bounded.
 */
class AnswerReuseTest {

  private static final Contract CONTRACT = Contract.bundled();
  private static final Dataset DATA = new FixtureLoader(CONTRACT).load(TestData.dir());

  private final List<Trace> traces = new ArrayList<>();
  private final AtomicInteger authentications = new AtomicInteger();
  private final MockState state = new MockState(DATA, new MockClock());

  private EndpointParts countingParts() {
    EndpointParts standard = StandardParts.of(CONTRACT);
    return standard.toBuilder()
        .authenticator(
            (request, data) -> {
              authentications.incrementAndGet();
              return standard.authenticator().authenticate(request, data);
            })
        .build();
  }

  private ProjectsEndpoint endpoint(EndpointParts parts) {
    return new ProjectsEndpoint(parts, state, (trace, answer, nanos) -> traces.add(trace));
  }

  @Test
  void theSameRequestIsAnsweredOnceAndToldEveryTime() {
    ProjectsEndpoint endpoint = endpoint(countingParts());
    EndpointRequest first = request("tok-both", "acme", "deleted=include&limit=5");
    EndpointRequest second = request("tok-both", "acme", "deleted=include&limit=5");

    Answer one = endpoint.handle(first);
    Answer two = endpoint.handle(second);

    assertThat(authentications.get()).isEqualTo(1);
    assertThat(two.body()).isEqualTo(one.body());
    assertThat(two.status()).isEqualTo(200);
    assertThat(two.headers()).isEqualTo(one.headers());
    assertThat(traces).hasSize(2);
    assertThat(traces.get(0).request()).isSameAs(first);
    assertThat(traces.get(1).request()).isSameAs(second);
    assertThat(traces.get(1).facts()).isEqualTo(traces.get(0).facts());
    assertThat(traces.get(1).identity().orElseThrow().name()).isEqualTo("both");
  }

  @Test
  void anotherIdentityCompanyVersionOrQueryGetsItsOwnAnswer() {
    ProjectsEndpoint endpoint = endpoint(countingParts());
    Answer both = endpoint.handle(request("tok-both", "acme", "limit=100"));
    Answer view = endpoint.handle(request("tok-view", "acme", "limit=100"));
    Answer globex = endpoint.handle(request("tok-both", "globex", "limit=100"));
    Answer page = endpoint.handle(request("tok-both", "acme", "limit=2"));
    Answer noVersion =
        endpoint.handle(
            EndpointRequest.of(
                "limit=100", Map.of("Authorization", "Bearer tok-both", "Wethod-Company", "acme")));

    assertThat(authentications.get()).isEqualTo(5);
    assertThat(ids(view)).isNotEqualTo(ids(both));
    assertThat(ids(both)).containsAll(ids(view));
    assertThat(ids(page)).isEqualTo(ids(both).subList(0, 2));
    assertThat(globex.status()).isNotEqualTo(200).isEqualTo(403);
    assertThat(noVersion.status()).isEqualTo(412);
  }

  @Test
  void aChangeOfTheStateIsSeenByTheNextRequest() {
    ProjectsEndpoint endpoint = endpoint(countingParts());
    List<Long> before = ids(endpoint.handle(request("tok-both", "acme", "limit=3")));
    state.update(data -> data.withoutProject("acme", before.get(0)));

    List<Long> after = ids(endpoint.handle(request("tok-both", "acme", "limit=3")));
    assertThat(after).doesNotContain(before.get(0)).startsWith(before.get(1), before.get(2));

    state.reset();
    assertThat(ids(endpoint.handle(request("tok-both", "acme", "limit=3")))).isEqualTo(before);
    assertThat(authentications.get()).isEqualTo(3);
  }

  @Test
  void aRevokedOrRemovedIdentityIsRefusedAtOnce() {
    ProjectsEndpoint endpoint = endpoint(countingParts());
    assertThat(endpoint.handle(request("tok-both", "acme", "")).status()).isEqualTo(200);
    state.update(data -> data.withoutIdentity("both"));
    assertThat(endpoint.handle(request("tok-both", "acme", "")).status()).isEqualTo(401);
  }

  @Test
  void anAnswerThatReadsAnotherHeaderIsNeverReused() {
    EndpointParts standard = countingParts();
    ProjectsEndpoint endpoint =
        endpoint(
            standard.toBuilder()
                .authenticator(
                    (request, data) -> {
                      request.header("X-Tenant");
                      return standard.authenticator().authenticate(request, data);
                    })
                .build());
    endpoint.handle(request("tok-both", "acme", "limit=1"));
    endpoint.handle(request("tok-both", "acme", "limit=1"));
    assertThat(authentications.get()).isEqualTo(2);
  }

  @Test
  void anEndpointToldNotToReuseWorksOutEveryAnswer() {
    ProjectsEndpoint endpoint =
        new ProjectsEndpoint(
            countingParts(), state, (trace, answer, nanos) -> traces.add(trace), false);
    Answer one = endpoint.handle(request("tok-both", "acme", "limit=5"));
    Answer two = endpoint.handle(request("tok-both", "acme", "limit=5"));
    assertThat(authentications.get()).isEqualTo(2);
    assertThat(two.body()).isEqualTo(one.body());
    assertThat(traces).hasSize(2);
  }

  @Test
  void aCustomizedMockWorksOutEveryAnswerOverHttp() throws Exception {
    try (MockServer mock =
        MockServer.builder()
            .customize(
                parts ->
                    parts.toBuilder()
                        .authenticator(
                            (request, data) -> {
                              authentications.incrementAndGet();
                              return parts.authenticator().authenticate(request, data);
                            })
                        .build())
            .build()
            .start()) {
      HttpClient client = HttpClient.newHttpClient();
      HttpRequest get =
          HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + mock.port() + "/api/projects?limit=3"))
              .header("Authorization", "Bearer tok-both")
              .header("Wethod-Company", "acme")
              .header("Wethod-Version", "2024-06-15")
              .build();
      for (int i = 0; i < 3; i++) {
        assertThat(client.send(get, HttpResponse.BodyHandlers.ofString()).statusCode())
            .isEqualTo(200);
      }
      assertThat(authentications.get()).isEqualTo(3);
    }
  }

  @Test
  void theKeptAnswersAreBounded() {
    AnswerCache cache = new AnswerCache(List.of("Authorization"));
    Answer answer = new Answer(200, Map.of(), new byte[1000]);
    for (int i = 0; i < 3 * AnswerCache.MAX_ENTRIES; i++) {
      EndpointRequest request = EndpointRequest.of("offset=" + i, Map.of("Authorization", "x"));
      AnswerCache.Key key = cache.key(request);
      cache.put(key, DATA, answer, null);
      assertThat(cache.size()).isBetween(1, AnswerCache.MAX_ENTRIES);
      assertThat(cache.get(cache.key(request), DATA)).isNotNull();
    }
    Answer large = new Answer(200, Map.of(), new byte[(int) (AnswerCache.MAX_BYTES / 8)]);
    for (int i = 0; i < 20; i++) {
      EndpointRequest request = EndpointRequest.of("limit=" + i, Map.of());
      cache.put(cache.key(request), DATA, large, null);
      assertThat(cache.get(cache.key(request), DATA)).isNull();
    }
    Answer kept = new Answer(200, Map.of(), new byte[(int) (AnswerCache.MAX_BYTES / 20)]);
    for (int i = 0; i < 100; i++) {
      cache.put(cache.key(EndpointRequest.of("kept=" + i, Map.of())), DATA, kept, null);
      assertThat((long) cache.size() * kept.body().length)
          .isLessThanOrEqualTo(AnswerCache.MAX_BYTES);
    }
  }
}
