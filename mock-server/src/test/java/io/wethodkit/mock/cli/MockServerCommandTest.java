package io.wethodkit.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.mock.guard.HostPattern;
import io.wethodkit.mock.guard.OriginPattern;
import io.wethodkit.mock.guard.WebAccess;
import io.wethodkit.mock.support.RawHttp;
import io.wethodkit.mock.support.TestData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The CLI: starts and answers, prints what a user needs, and fails in one clear line. */
class MockServerCommandTest {

  private record Run(int exitCode, String out, String err) {}

  private static Run run(MockServerCommand command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        new CommandLine(command)
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(err))
            .execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void startsOnAFreePortWithTheBundledFixturesAndPrintsAWorkingCurl() throws Exception {
    MockServerCommand command = new MockServerCommand();
    StringWriter out = new StringWriter();
    CommandLine cli =
        new CommandLine(command)
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(new StringWriter()));
    long started = System.nanoTime();
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(() -> cli.execute("--port", "0"));
    Matcher url =
        Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/api/projects").matcher("");
    while (!url.reset(out.toString()).find()) {
      assertThat(exit).as(out.toString()).isNotDone();
      assertThat(System.nanoTime() - started)
          .as("ready within 10 s")
          .isLessThan(TimeUnit.SECONDS.toNanos(10));
      Thread.sleep(20);
    }
    try {
      String banner = out.toString();
      assertThat(banner).contains("tok-both", "tok-viewOther", "pipeline.view_other", "[revoked]");
      assertThat(banner)
          .containsPattern("Console \\(open in a browser\\): http://127\\.0\\.0\\.1:\\d+/\n");
      Matcher curl =
          Pattern.compile(
                  "curl -s -H 'Authorization: Bearer (\\S+)' -H 'Wethod-Company: (\\S+)' -H 'Wethod-Version: (\\S+)' '([^']+)'")
              .matcher(banner);
      assertThat(curl.find()).as(banner).isTrue();
      int port = Integer.parseInt(url.group(1));
      String target = curl.group(4).substring(curl.group(4).indexOf("/api/projects"));
      RawHttp.Reply reply =
          RawHttp.get(
              port,
              target,
              Map.of(
                  "Authorization",
                  "Bearer " + curl.group(1),
                  "Wethod-Company",
                  curl.group(2),
                  "Wethod-Version",
                  curl.group(3)));
      assertThat(reply.status()).as(reply.text()).isEqualTo(200);
      assertThat(reply.text()).startsWith("[{\"id\":");
      RawHttp.Reply console = RawHttp.get(port, "/", Map.of());
      assertThat(console.status()).isEqualTo(200);
      assertThat(console.text()).contains("<title>Wethod projects mock: console</title>");
    } finally {
      command.shutdown();
    }
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void aPortInUseIsOneClearLineAndExitCode1() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      Run run =
          run(
              new MockServerCommand(),
              "--port",
              String.valueOf(taken.getLocalPort()),
              "--fixtures",
              TestData.dir().toString());
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err().strip().lines()).hasSize(1);
      assertThat(run.err()).contains("Port " + taken.getLocalPort()).contains("already in use");
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void invalidFixturesNameTheFileAndTheProblem(@TempDir Path dir) throws IOException {
    copyTestData(dir);
    String acme = Files.readString(dir.resolve("projects/acme.json"));
    Files.writeString(
        dir.resolve("projects/acme.json"),
        acme.replaceFirst("\"probability\": 50", "\"probability\": 150"));
    Run run = run(new MockServerCommand(), "--port", "0", "--fixtures", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("acme.json[0]").contains("probability").doesNotContain("\tat ");
    assertThat(run.err().strip().lines()).hasSize(1);

    Files.writeString(dir.resolve("identities.json"), "[{\"name\": ");
    Run broken = run(new MockServerCommand(), "--port", "0", "--fixtures", dir.toString());
    assertThat(broken.exitCode()).isEqualTo(2);
    assertThat(broken.err()).contains("identities.json").contains("not valid JSON");
  }

  @Test
  void fixturesThatFiltersCouldNotReadAreRefusedAtStart(@TempDir Path dir) throws IOException {
    copyTestData(dir);
    String acme = Files.readString(dir.resolve("projects/acme.json"));
    for (String[] edit :
        new String[][] {
          {"\"pm_id\": 11,", "\"pm_id\": 11.0,", "pm_id"},
          {
            "\"updated_at\": \"2024-06-30T21:58:00.000Z\"",
            "\"updated_at\": \"2024-06-30t21:58:00.000z\"",
            "updated_at"
          },
          {
            "\"updated_at\": \"2024-06-30T21:58:00.000Z\"",
            "\"updated_at\": \"2024-06-30 21:58:00.000Z\"",
            "updated_at"
          }
        }) {
      assertThat(acme).contains(edit[0]);
      Files.writeString(dir.resolve("projects/acme.json"), acme.replaceFirst(edit[0], edit[1]));
      Run run = run(new MockServerCommand(), "--port", "0", "--fixtures", dir.toString());
      assertThat(run.exitCode()).as(edit[1]).isEqualTo(2);
      assertThat(run.err()).contains("acme.json").contains(edit[2]).doesNotContain("\tat ");
    }
  }

  private static void copyTestData(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("projects"));
    for (String file :
        new String[] {
          "companies.json", "identities.json", "projects/acme.json", "projects/globex.json"
        }) {
      Files.copy(TestData.dir().resolve(file), dir.resolve(file));
    }
  }

  @Test
  void aMissingFixturesFolderIsNamed(@TempDir Path dir) {
    Run run =
        run(
            new MockServerCommand(),
            "--port",
            "0",
            "--fixtures",
            dir.resolve("nowhere").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nowhere").contains("not a folder");
  }

  @Test
  void anOpenAdminApiOnAllInterfacesIsRefusedBeforeListening() {
    Run run = run(new MockServerCommand(), "--bind", "0.0.0.0", "--port", "0");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err())
        .contains("Refusing to listen on 0.0.0.0")
        .contains("--admin-token")
        .contains("WETHOD_MOCK_ADMIN_TOKEN")
        .contains("--admin-open");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void theAdminTokenOptionGuardsTheAdminApiAndTheBannerSaysHow() throws Exception {
    MockServerCommand command = new MockServerCommand();
    StringWriter out = new StringWriter();
    CommandLine cli =
        new CommandLine(command)
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(new StringWriter()));
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () -> cli.execute("--port", "0", "--admin-token", "let-me-in"));
    Matcher url = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/").matcher("");
    long started = System.nanoTime();
    while (!url.reset(out.toString()).find()) {
      assertThat(exit).as(out.toString()).isNotDone();
      assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(10));
      Thread.sleep(20);
    }
    try {
      int port = Integer.parseInt(url.group(1));
      assertThat(out.toString())
          .contains("Authorization: Token <admin token>")
          .doesNotContain("let-me-in");
      assertThat(RawHttp.get(port, "/__admin/health", Map.of()).status()).isEqualTo(401);
      assertThat(
              RawHttp.get(port, "/__admin/health", Map.of("Authorization", "Token let-me-in"))
                  .status())
          .isEqualTo(200);
    } finally {
      command.shutdown();
    }
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void writesAGeneratedDatasetThatLoadsBack(@TempDir Path dir) {
    Run run =
        run(new MockServerCommand(), "--generate", "400:3", "--write-fixtures", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Wrote 420 projects");
    io.wethodkit.mock.store.Dataset loaded =
        new io.wethodkit.mock.store.FixtureLoader(io.wethodkit.contract.Contract.bundled())
            .load(dir);
    assertThat(loaded.projects("acme")).hasSize(400);
  }

  @Test
  void aBadGenerateIsOneLineAndExitCode2() {
    Run run = run(new MockServerCommand(), "--generate", "lots", "--port", "0");
    assertThat(run.exitCode()).isEqualTo(MockServerCommand.INVALID_INPUT);
    assertThat(run.err().strip()).startsWith("Invalid --generate:").doesNotContain("\n");
  }

  @Test
  void theWebAccessOptionsOpenWhatTheyName() {
    MockServerCommand command = new MockServerCommand();
    new CommandLine(command)
        .parseArgs(
            "--allowed-host",
            "mock",
            "--allowed-host",
            ".example.test,frontend",
            "--admin-origin",
            "http://localhost:3000",
            "--cors-origin",
            "https://app.example.test",
            "--cors-origin",
            "*",
            "--cors-credentials");
    WebAccess access = command.webAccess();
    assertThat(access.allowedHosts())
        .map(HostPattern::toString)
        .containsExactly("mock", ".example.test", "frontend");
    assertThat(access.adminOrigins())
        .map(OriginPattern::toString)
        .containsExactly("http://localhost:3000");
    assertThat(access.corsOrigins())
        .map(OriginPattern::toString)
        .containsExactly("https://app.example.test", "*");
    assertThat(access.corsCredentials()).isTrue();
  }

  @Test
  void withoutTheOptionsNothingIsOpened() {
    MockServerCommand command = new MockServerCommand();
    new CommandLine(command).parseArgs();
    WebAccess access = command.webAccess();
    assertThat(access.allowedHosts()).isEmpty();
    assertThat(access.adminOrigins()).isEmpty();
    assertThat(access.corsOrigins()).isEmpty();
    assertThat(access.corsCredentials()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--allowed-host | http://mock:8080 | is not a host name",
        "--allowed-host | mock:8080        | is not a host name",
        "--admin-origin | localhost:3000   | is not an origin",
        "--cors-origin  | app.example.test | is not an origin",
        "--cors-origin  | http://a/b       | is not an origin",
        "--admin-origin | *                | any page"
      })
  void aWebAccessValueThatMeansNothingIsOneClearLineAndExitCode2(
      String option, String value, String says) {
    Run run = run(new MockServerCommand(), "--port", "0", option, value);
    assertThat(run.exitCode()).isEqualTo(MockServerCommand.INVALID_INPUT);
    assertThat(run.err()).contains(says).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).doesNotContain("listening");
  }

  @Test
  void theHelpTellsWhatEachWebAccessOptionOpens() {
    Run run = run(new MockServerCommand(), "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("--allowed-host=NAME", "WETHOD_MOCK_ALLOWED_HOSTS", "DNS")
        .contains("--admin-origin=ORIGIN", "WETHOD_MOCK_ADMIN_ORIGINS")
        .contains("--cors-origin=ORIGIN", "WETHOD_MOCK_CORS_ORIGINS", "loopback")
        .contains("--cors-credentials", "WETHOD_MOCK_CORS_CREDENTIALS");
  }

  @Test
  void theCoverageReportIsWrittenWhenTheMockStops(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("coverage");
    MockServerCommand command = new MockServerCommand();
    StringWriter out = new StringWriter();
    CommandLine cli =
        new CommandLine(command)
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(new StringWriter()));
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () ->
                cli.execute(
                    "--port",
                    "0",
                    "--fixtures",
                    TestData.dir().toString(),
                    "--coverage-report",
                    report.toString()));
    Matcher url = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/").matcher("");
    long started = System.nanoTime();
    while (!url.reset(out.toString()).find()) {
      assertThat(exit).as(out.toString()).isNotDone();
      assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(10));
      Thread.sleep(20);
    }
    int port = Integer.parseInt(url.group(1));
    assertThat(out.toString()).contains("/__admin/projects-mock/coverage");
    try {
      Map<String, String> headers =
          new java.util.HashMap<>(io.wethodkit.mock.support.Calls.headers("tok-both", "acme"));
      headers.remove("Wethod-Version");
      assertThat(RawHttp.get(port, "/api/projects", headers).status()).isEqualTo(412);
      assertThat(report).doesNotExist();
    } finally {
      command.shutdown();
    }
    assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();

    assertThat(out.toString())
        .contains("Coverage: 1 of ", "the report is in " + report.toAbsolutePath());
    io.wethodkit.mock.client.Coverage written =
        io.wethodkit.mock.store.Json.MAPPER.readValue(
            report.resolve("coverage.json").toFile(), io.wethodkit.mock.client.Coverage.class);
    assertThat(written.coveredIds()).containsExactly("412.missing-version");
    assertThat(Files.readString(report.resolve("coverage.html")))
        .contains("<h2 id=\"never\"", "412.missing-version");
    assertThat(Files.readString(report.resolve("TEST-coverage.xml")))
        .contains("<testcase classname=\"coverage.412\" name=\"412.missing-version\"");
  }

  @Test
  void aCoverageReportWithoutCoverageIsOneClearLineAndExitCode2(@TempDir Path dir) {
    Run run = run(new MockServerCommand(), "--no-coverage", "--coverage-report", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("--coverage-report", "--no-coverage");
    assertThat(run.out()).isEmpty();
  }
}
