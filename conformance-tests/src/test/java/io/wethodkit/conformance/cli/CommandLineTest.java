package io.wethodkit.conformance.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.wethodkit.conformance.support.Cli;
import io.wethodkit.conformance.support.Suite;
import io.wethodkit.conformance.variants.BrokenVariants;
import io.wethodkit.conformance.variants.Variant;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.junit.MockBaseUrl;
import io.wethodkit.mock.junit.WethodMock;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line's contract with CI: options, exit codes, one clear line on bad input. */
@WethodMock
class CommandLineTest {

  @Test
  void exitsZeroWhenNoMustCheckFails(@MockBaseUrl String baseUrl, @TempDir Path dir) {
    Cli.Result result =
        Cli.run(
            "--config",
            Cli.config(dir, baseUrl, "blackbox", 5).toString(),
            "--report-dir",
            dir.resolve("reports").toString());

    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    int total = Suite.CATALOGUE.size();
    assertThat(result.out())
        .contains(" 1 of " + total + ": PASS")
        .contains("check " + total + " of " + total + ": PASS")
        .contains("CONFORMS");
    assertThat(dir.resolve("reports/report.json")).exists();
  }

  @Test
  void exitsOneWhenAMustCheckFails(@TempDir Path dir) {
    Variant gtAsGte = BrokenVariants.all().get(0);
    try (MockServer broken = MockServer.builder().customize(gtAsGte.breakage()).build().start()) {
      Cli.Result result =
          Cli.run(
              "--config",
              Cli.config(dir, broken.baseUrl(), "seeded", 5).toString(),
              "--report-dir",
              dir.resolve("reports").toString());

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.out())
          .contains("DOES NOT CONFORM")
          .contains("MUST   PRJ-FILTER-PROBABILITY-GT");
      assertThat(gtAsGte.caughtBy()).contains("PRJ-FILTER-PROBABILITY-GT");
    }
  }

  @Test
  void exitsZeroWhenOnlyShouldChecksFail(@TempDir Path dir) {
    Variant firstFailureOnly =
        BrokenVariants.all().stream()
            .filter(v -> v.name().equals("first-failure-only"))
            .findFirst()
            .orElseThrow();
    try (MockServer broken =
        MockServer.builder().customize(firstFailureOnly.breakage()).build().start()) {
      Cli.Result result =
          Cli.run(
              "--config",
              Cli.config(dir, broken.baseUrl(), "blackbox", 5).toString(),
              "--report-dir",
              dir.resolve("reports").toString());

      assertThat(result.exitCode()).isZero();
      assertThat(result.out())
          .contains("SHOULD PRJ-VALIDATION-ALL-FAILURES")
          .contains("some SHOULD requirements did");
    }
  }

  static Stream<Arguments> badConfigs() {
    return Stream.of(
        Arguments.of("missing file", null, "not found"),
        Arguments.of("invalid YAML", "baseUrl: [http://x\nmode: : :\n", "is not valid YAML"),
        Arguments.of(
            "unknown mode",
            "baseUrl: http://127.0.0.1:1\nmode: whitebox\ncompany: acme\n",
            "mode must be blackbox or seeded, not 'whitebox'"),
        Arguments.of(
            "missing identity",
            """
            baseUrl: http://127.0.0.1:1
            mode: blackbox
            company: acme
            identities:
              view: { token: t1, personId: 11 }
              viewOther: { token: t2, personId: 12 }
              both: { token: t3, personId: 13 }
            """,
            "identities.none is missing"),
        Arguments.of(
            "unknown key",
            "baseUrl: http://127.0.0.1:1\nmode: seeded\ntimeout: 3\n",
            "unknown key 'timeout'"),
        Arguments.of(
            "bad timeout",
            "baseUrl: http://127.0.0.1:1\nmode: seeded\ntimeoutSeconds: 0\n",
            "timeoutSeconds"),
        Arguments.of("bad url", "baseUrl: ftp://x\nmode: seeded\n", "is not an http(s) URL"),
        Arguments.of(
            "token from an unset variable",
            """
            baseUrl: http://127.0.0.1:1
            mode: seeded
            revokedToken: ${WETHODKIT_SURELY_UNSET_VARIABLE}
            """,
            "WETHODKIT_SURELY_UNSET_VARIABLE, which is not set"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badConfigs")
  void aBadConfigIsExitTwoWithOneClearLine(
      String name, String yaml, String message, @TempDir Path dir) {
    Path config =
        yaml == null ? dir.resolve("absent.yaml") : Cli.write(dir.resolve("target.yaml"), yaml);

    Cli.Result result =
        Cli.run("--config", config.toString(), "--report-dir", dir.resolve("r").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertOneLine(result, message);
  }

  @Test
  void anUnreachableTargetIsExitTwoWithOneClearLine(@TempDir Path dir) throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Cli.Result result =
        Cli.run("--config", Cli.config(dir, "http://127.0.0.1:" + port, "blackbox", 2).toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertOneLine(result, "cannot reach the target at http://127.0.0.1:" + port);
  }

  @Test
  void unknownOptionsAndIdsAreExitTwo(@MockBaseUrl String baseUrl, @TempDir Path dir) {
    Path config = Cli.config(dir, baseUrl, "blackbox", 5);

    Cli.Result unknownId = Cli.run("--config", config.toString(), "--only", "PRJ-NO-SUCH-THING");
    Cli.Result unknownOption = Cli.run("--config", config.toString(), "--verbose");

    assertThat(unknownId.exitCode()).isEqualTo(2);
    assertOneLine(unknownId, "unknown requirement id 'PRJ-NO-SUCH-THING'");
    assertThat(unknownOption.exitCode()).isEqualTo(2);
    assertOneLine(unknownOption, "Unknown option: '--verbose'");
  }

  @Test
  void driftWithoutTheDriftJarIsExitTwoNamingIt(@MockBaseUrl String baseUrl, @TempDir Path dir) {
    Path config = Cli.config(dir, baseUrl, "blackbox", 5);
    Path reports = dir.resolve("reports");

    Cli.Result after =
        Cli.run("--config", config.toString(), "--report-dir", reports.toString(), "--drift", "5");
    Cli.Result alone =
        Cli.run("--config", config.toString(), "--only", "drift", "--drift", "5", "--seed", "1");

    for (Cli.Result result : List.of(after, alone)) {
      assertThat(result.exitCode()).isEqualTo(2);
      assertOneLine(result, "run wethod-projects-drift.jar");
      assertThat(result.out()).as("no check ran").doesNotContain("check 1 of");
    }
    assertThat(reports).doesNotExist();
  }

  @Test
  void theSeedOfTheSampledRequestsIsPrintedReportedAndReplays(
      @MockBaseUrl String baseUrl, @TempDir Path dir) throws IOException {
    Path config = Cli.config(dir, baseUrl, "blackbox", 5);
    List<JsonNode> reports = new ArrayList<>();
    for (String run : List.of("first", "second")) {
      Path reportDir = dir.resolve(run);
      Cli.Result result =
          Cli.run(
              "--config",
              config.toString(),
              "--report-dir",
              reportDir.toString(),
              "--only",
              "PRJ-PERM-VIEW,PRJ-CONSISTENCY-PAGES",
              "--seed",
              "7");
      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.out()).contains("seed 7").contains("--seed 7 sends the same");
      reports.add(new ObjectMapper().readTree(reportDir.resolve("report.json").toFile()));
    }

    assertThat(reports).allSatisfy(report -> assertThat(report.get("seed").asLong()).isEqualTo(7));
    assertThat(reports.get(1).get("requests")).isEqualTo(reports.get(0).get("requests"));
    assertThat(reports.get(0).at("/results").toString())
        .isEqualTo(reports.get(1).at("/results").toString());
  }

  @Test
  void onlyRunsTheNamedChecksAndReportsTheOthersSkipped(
      @MockBaseUrl String baseUrl, @TempDir Path dir) throws IOException {
    Path reports = dir.resolve("reports");
    Cli.Result result =
        Cli.run(
            "--config",
            Cli.config(dir, "http://127.0.0.1:1", "blackbox", 5).toString(),
            "--base-url",
            baseUrl,
            "--report-dir",
            reports.toString(),
            "--only",
            "PRJ-FILTER-PROBABILITY-GT,PRJ-AUTH-MISSING");

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
    List<String> run = new ArrayList<>();
    report
        .get("results")
        .forEach(
            r -> {
              if (!"SKIPPED".equals(r.get("status").asText())) {
                run.add(r.get("id").asText() + "=" + r.get("status").asText());
              }
            });
    assertThat(run)
        .containsExactlyInAnyOrder("PRJ-FILTER-PROBABILITY-GT=PASS", "PRJ-AUTH-MISSING=PASS");
    assertThat(report.at("/summary/skipped").asInt()).isEqualTo(Suite.CATALOGUE.size() - 2);
    assertThat(report.get("target").asText()).isEqualTo(baseUrl);
  }

  @Test
  void aHangingTargetEndsInBoundedTimeWithFailures(@TempDir Path dir) throws IOException {
    WireMockServer hanging = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    hanging.start();
    try {
      hanging.stubFor(
          any(urlPathEqualTo(Suite.CONTRACT.path()))
              .willReturn(aResponse().withFixedDelay(30_000).withStatus(200).withBody("[]")));
      Path reports = dir.resolve("reports");

      Cli.Result result =
          Cli.run(
              "--config",
              Cli.config(dir, hanging.baseUrl(), "blackbox", 1).toString(),
              "--report-dir",
              reports.toString());

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.millis()).isLessThan(25_000);
      JsonNode report = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
      // Each check that could send a request failed; those that read whole lists are blocked.
      assertThat(report.at("/summary/pass").asInt()).isZero();
      assertThat(report.at("/summary/fail").asInt()).isGreaterThan(Suite.CATALOGUE.size() / 3);
      assertThat(report.toString()).contains("no answer within the timeout of 1 s");
    } finally {
      hanging.stop();
    }
  }

  private static void assertOneLine(Cli.Result result, String message) {
    String err = result.err().strip();
    assertThat(err).contains(message);
    assertThat(err.lines().count()).as(err).isEqualTo(1);
    assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
