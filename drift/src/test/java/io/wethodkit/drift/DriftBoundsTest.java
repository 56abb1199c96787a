package io.wethodkit.drift;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.wethodkit.conformance.catalogue.Level;
import io.wethodkit.conformance.client.TargetClient;
import io.wethodkit.conformance.client.TargetRequest;
import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.config.TargetConfig;
import io.wethodkit.conformance.support.Suite;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.endpoint.EndpointParts;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Drift against a target that hangs, and against one whose data changes during the run. */
class DriftBoundsTest {

  @Test
  void aTargetThatStopsAnsweringEndsTheRunInBoundedTime() {
    WireMockServer slow = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    slow.start();
    try {
      slow.stubFor(
          any(urlPathEqualTo(Suite.CONTRACT.path()))
              .atPriority(10)
              .willReturn(aResponse().withFixedDelay(30_000).withStatus(200).withBody("[]")));
      // Its list answers at once (an empty company), every other request hangs.
      slow.stubFor(
          get(urlPathEqualTo(Suite.CONTRACT.path()))
              .withQueryParam("deleted", equalTo("include"))
              .atPriority(1)
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/json")
                      .withBody("[]")));
      TargetConfig config = withTimeout(Suite.config(slow.baseUrl(), Mode.BLACKBOX), 2);
      warmUp(config);
      long started = System.nanoTime();

      DriftOutcome outcome = Drift.runAsIs(config, 1_000, 3);

      // A thousand requests of 30 s each would take hours: the run gives up after a few timeouts
      // (or at once if even the list does not come in time on a loaded machine).
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
      assertThat(outcome.requests()).isLessThan(10);
      assertThat(outcome.notes())
          .anyMatch(
              note ->
                  note.startsWith("Stopped after")
                      || note.startsWith("The target's whole list could not be read"));
      assertThat(outcome.differences()).isNotEmpty();
      assertThat(outcome.mustDiffered()).as("a target that stops answering fails").isTrue();
    } finally {
      slow.stop();
    }
  }

  @Test
  void aTargetWhoseDataChangeIsReportedNotBlamed() {
    AtomicReference<MockServer> target = new AtomicReference<>();
    AtomicInteger answers = new AtomicInteger();
    try (MockServer mock =
        MockServer.builder()
            .customize(parts -> deletingAfter(parts, 40, answers, target))
            .build()) {
      target.set(mock);
      mock.start();

      DriftOutcome outcome = Drift.run(Suite.config(mock.baseUrl(), Mode.BLACKBOX), 150, 5);

      assertThat(outcome.dataChanged()).isTrue();
      assertThat(outcome.notes()).anyMatch(note -> note.contains("data changed"));
      assertThat(outcome.differences()).anyMatch(d -> d.level() == Level.MUST);
      assertThat(outcome.mustDiffered())
          .as("differences on changing data are not blamed")
          .isFalse();
    }
  }

  /** After {@code after} answers, the target deletes its first project for good. */
  private static EndpointParts deletingAfter(
      EndpointParts parts, int after, AtomicInteger answers, AtomicReference<MockServer> target) {
    return parts.toBuilder()
        .renderer(
            (page, grant) -> {
              if (answers.incrementAndGet() == after) {
                target
                    .get()
                    .state()
                    .update(data -> data.withoutProject("acme", data.projects("acme").get(0).id()));
              }
              return parts.renderer().render(page, grant);
            })
        .build();
  }

  /** The HTTP client's first request is slow (it loads its libraries): not the target's fault. */
  private static void warmUp(TargetConfig config) {
    try (TargetClient client =
        new TargetClient(config.baseUrl(), Suite.CONTRACT.path(), Duration.ofSeconds(60))) {
      client.send(new TargetRequest("deleted=include", Map.of()));
    }
  }

  private static TargetConfig withTimeout(TargetConfig config, int seconds) {
    return new TargetConfig(
        config.baseUrl(),
        config.company(),
        config.version(),
        config.mode(),
        Duration.ofSeconds(seconds),
        config.identities(),
        config.foreignCompany(),
        config.revokedToken());
  }
}
