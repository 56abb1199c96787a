package io.wethodkit.conformance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wethodkit.conformance.catalogue.Level;
import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.config.Role;
import io.wethodkit.conformance.runner.Status;
import io.wethodkit.mock.MockServer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * The suite's public API: configs built in code or loaded are checked as the CLI checks them, the
 * report holds every verdict, and the assertion fails a broken target with its MUST failures.
 */
class ConformanceApiTest {

  private static final String[] PAGING = {"PRJ-OFFSET", "PRJ-LIMIT-HONOURED", "PRJ-PERM-VIEW"};

  private static MockServer broken;
  private static MockServer conforming;

  @BeforeAll
  static void start() {
    conforming = MockServer.builder().build().start();
    // The page starts one project late: the offset is off by one.
    broken =
        MockServer.builder()
            .customize(
                parts ->
                    parts.toBuilder()
                        .paginator(
                            (selected, query) ->
                                parts
                                    .paginator()
                                    .page(selected, query.withOffset(query.offset() + 1)))
                        .build())
            .build()
            .start();
  }

  @AfterAll
  static void stop() {
    conforming.stop();
    broken.stop();
  }

  @Test
  void aReportHoldsEveryVerdictAndItsSummary(@TempDir Path reports) {
    ConformanceReport report =
        ConformanceSuite.create()
            .only(PAGING)
            .reportDir(reports)
            .run(ConformanceTarget.seeded(conforming.baseUrl()));
    assertThat(report.conforms()).isTrue();
    assertThat(report.summary().pass()).isEqualTo(3);
    assertThat(report.summary().skipped()).isEqualTo(report.results().size() - 3);
    assertThat(report.results())
        .filteredOn(v -> v.status() == Status.PASS)
        .extracting(Verdict::id)
        .containsExactlyInAnyOrder(PAGING);
    assertThat(report.reportDir()).isEqualTo(reports);
  }

  @Test
  void theAssertionListsTheMustFailuresOfABrokenTarget(@TempDir Path reports) {
    ConformanceReport report =
        ConformanceSuite.create()
            .only(PAGING)
            .reportDir(reports)
            .run(ConformanceTarget.seeded(broken.baseUrl()));
    assertThat(report.conforms()).isFalse();
    assertThat(report.mustFailures())
        .isNotEmpty()
        .allMatch(v -> v.level() == Level.MUST && v.status() == Status.FAIL)
        .extracting(Verdict::id)
        .contains("PRJ-OFFSET");
    assertThatThrownBy(() -> ConformanceAssertions.assertConforms(report))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("does not conform")
        .hasMessageContaining("PRJ-OFFSET")
        .hasMessageContaining(
            report.mustFailures().get(0).evidence().get(0).lines().findFirst().orElseThrow())
        .hasMessageContaining(reports.toString());
  }

  @Test
  void theReportsAreWrittenWhereAsked(@TempDir Path dir) {
    ConformanceReport report =
        ConformanceSuite.create()
            .only("PRJ-LIMIT-HONOURED")
            .run(ConformanceTarget.seeded(conforming.baseUrl()));
    List<Path> written = report.writeTo(dir.resolve("copy"));
    assertThat(written).hasSize(3).allMatch(Files::isRegularFile);
    assertThat(dir.resolve("copy/report.json")).content().contains("PRJ-LIMIT-HONOURED");
  }

  @Test
  void aConfigBuiltInCodeIsCheckedAsTheFileIs() {
    assertThatThrownBy(
            () ->
                ConformanceTarget.builder(conforming.baseUrl(), Mode.BLACKBOX)
                    .company("acme")
                    .identity(Role.VIEW, "tok-view", 11)
                    .build())
        .isInstanceOf(ConformanceException.class)
        .hasMessageContaining("identities.viewOther is missing");
    assertThatThrownBy(() -> ConformanceTarget.seeded("ftp://nowhere"))
        .isInstanceOf(ConformanceException.class)
        .hasMessageContaining("not an http(s) URL");
  }

  @Test
  void aBlackboxTargetBuiltInCodeRuns() {
    ConformanceTarget target =
        ConformanceTarget.builder(conforming.baseUrl(), Mode.BLACKBOX)
            .company("acme")
            .identity(Role.VIEW, "tok-view", 11)
            .identity(Role.VIEW_OTHER, "tok-viewOther", 12)
            .identity(Role.BOTH, "tok-both", 13)
            .identity(Role.NONE, "tok-none", 14)
            .revokedToken("tok-revoked")
            .build();
    ConformanceReport report =
        ConformanceSuite.create().only("PRJ-PERM-VIEW", "PRJ-AUTH-REVOKED-TOKEN").run(target);
    assertThat(report.summary().pass()).as(report.results().toString()).isEqualTo(2);
  }

  @Test
  void aConfigFileLoadsWithItsBaseUrlReplaced(@TempDir Path dir) throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("target.yaml"), "baseUrl: http://elsewhere:1\nmode: seeded\n");
    ConformanceTarget target = ConformanceTarget.load(file, conforming.baseUrl());
    assertThat(target.baseUrl()).hasToString(conforming.baseUrl());
    assertThat(ConformanceTarget.load(file).baseUrl()).hasToString("http://elsewhere:1");
    assertThatThrownBy(() -> ConformanceTarget.load(dir.resolve("none.yaml")))
        .isInstanceOf(ConformanceException.class)
        .hasMessageContaining("not found");
  }

  @Test
  void anUnreachableTargetOrAnUnknownIdCannotRun() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    ConformanceTarget nowhere = ConformanceTarget.seeded("http://127.0.0.1:" + port);
    assertThatThrownBy(() -> ConformanceSuite.create().run(nowhere))
        .isInstanceOf(ConformanceException.class)
        .hasMessageContaining("cannot reach the target");
    assertThatThrownBy(() -> ConformanceSuite.create().only("PRJ-NO-SUCH"))
        .isInstanceOf(ConformanceException.class)
        .hasMessageContaining("PRJ-NO-SUCH");
  }
}
