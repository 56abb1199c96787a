package io.wethodkit.mock.cli;

import io.wethodkit.contract.ContractException;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.MockStartException;
import io.wethodkit.mock.admin.InsecureAdminException;
import io.wethodkit.mock.client.Coverage;
import io.wethodkit.mock.coverage.report.CoverageReport;
import io.wethodkit.mock.generate.GeneratorSpec;
import io.wethodkit.mock.guard.HostPattern;
import io.wethodkit.mock.guard.OriginPattern;
import io.wethodkit.mock.guard.WebAccess;
import io.wethodkit.mock.store.FixtureWriter;
import io.wethodkit.mock.store.InvalidDataException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code java -jar wethod-projects-mock.jar}: runs the mock until Ctrl-C. */
@Command(
    name = "wethod-projects-mock",
    mixinStandardHelpOptions = true,
    version = "wethod-projects-mock 1.0.0",
    description = "A stateful mock of the Wethod API's GET /api/projects, on WireMock.")
public final class MockServerCommand implements Callable<Integer> {

  /** Exit code of invalid input (contract or fixtures). */
  public static final int INVALID_INPUT = 2;

  /** Exit code of fixtures that cannot be written. */
  public static final int CANNOT_WRITE = 3;

  /** Exit code of a server that cannot start (e.g. its port is in use). */
  public static final int CANNOT_START = 1;

  @Option(
      names = "--port",
      defaultValue = "${env:WETHOD_MOCK_PORT:-8080}",
      description =
          "Port to listen on (0 picks a free one). Env WETHOD_MOCK_PORT. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--bind",
      defaultValue = "${env:WETHOD_MOCK_BIND:-127.0.0.1}",
      description =
          "Address to listen on. Env WETHOD_MOCK_BIND. Default: ${DEFAULT-VALUE}. An address"
              + " other than loopback needs --admin-token or --admin-open.")
  String bind;

  @Option(
      names = "--fixtures",
      paramLabel = "DIR",
      defaultValue = "${env:WETHOD_MOCK_FIXTURES}",
      description =
          "A folder of fixtures (companies.json, identities.json, projects/<slug>.json). Env WETHOD_MOCK_FIXTURES. Default: the bundled fixtures.")
  Path fixtures;

  @Option(
      names = "--contract",
      paramLabel = "FILE",
      defaultValue = "${env:WETHOD_MOCK_CONTRACT}",
      description =
          "The OpenAPI contract to emulate. Env WETHOD_MOCK_CONTRACT. Default: the bundled contract.")
  Path contract;

  @Option(
      names = "--admin-token",
      paramLabel = "TOKEN",
      defaultValue = "${env:WETHOD_MOCK_ADMIN_TOKEN}",
      showDefaultValue = CommandLine.Help.Visibility.NEVER,
      description =
          "Every /__admin call must send 'Authorization: Token TOKEN'; /api/projects is"
              + " unaffected. Env WETHOD_MOCK_ADMIN_TOKEN.")
  String adminToken;

  @Option(
      names = "--admin-open",
      defaultValue = "${env:WETHOD_MOCK_ADMIN_OPEN:-false}",
      description =
          "Allow an admin API without token on an address other than loopback. Env"
              + " WETHOD_MOCK_ADMIN_OPEN.")
  boolean adminOpen;

  @Option(
      names = "--allowed-host",
      paramLabel = "NAME",
      split = ",",
      converter = HostConverter.class,
      defaultValue = "${env:WETHOD_MOCK_ALLOWED_HOSTS}",
      showDefaultValue = CommandLine.Help.Visibility.NEVER,
      description =
          "Also answer requests sent to this host name (repeatable; .domain for a domain and its"
              + " subdomains, * for any). By default only IP addresses, localhost and *.localhost"
              + " are answered, which keeps out pages whose name resolves to the mock (DNS"
              + " rebinding). Env WETHOD_MOCK_ALLOWED_HOSTS (comma-separated).")
  List<HostPattern> allowedHosts;

  @Option(
      names = "--admin-origin",
      paramLabel = "ORIGIN",
      split = ",",
      converter = OriginConverter.class,
      defaultValue = "${env:WETHOD_MOCK_ADMIN_ORIGINS}",
      showDefaultValue = CommandLine.Help.Visibility.NEVER,
      description =
          "Let pages of this origin (e.g. http://localhost:3000) call the admin API and open the"
              + " console (repeatable). By default only the mock's own pages and callers without"
              + " an Origin (curl, the admin client, tests) may. Env WETHOD_MOCK_ADMIN_ORIGINS"
              + " (comma-separated).")
  List<OriginPattern> adminOrigins;

  @Option(
      names = "--cors-origin",
      paramLabel = "ORIGIN",
      split = ",",
      converter = OriginConverter.class,
      defaultValue = "${env:WETHOD_MOCK_CORS_ORIGINS}",
      showDefaultValue = CommandLine.Help.Visibility.NEVER,
      description =
          "Let pages of this origin read /api/projects (repeatable; scheme://host:* for any port,"
              + " '*' for any page). Pages of loopback origins (localhost, 127.0.0.1 or [::1],"
              + " any port) always may. Env WETHOD_MOCK_CORS_ORIGINS (comma-separated).")
  List<OriginPattern> corsOrigins;

  @Option(
      names = "--cors-credentials",
      defaultValue = "${env:WETHOD_MOCK_CORS_CREDENTIALS:-false}",
      description =
          "Answer the API's CORS requests with Access-Control-Allow-Credentials: true, for pages"
              + " that send cookies (fetch credentials: 'include'). Env WETHOD_MOCK_CORS_CREDENTIALS.")
  boolean corsCredentials;

  @Option(
      names = "--journal",
      defaultValue = "${env:WETHOD_MOCK_JOURNAL:-false}",
      description =
          "Record requests in WireMock's request journal (off by default: it costs per request)."
              + " Env WETHOD_MOCK_JOURNAL.")
  boolean journal;

  @Option(
      names = "--verbose",
      defaultValue = "${env:WETHOD_MOCK_VERBOSE:-false}",
      description = "Log every request WireMock serves. Env WETHOD_MOCK_VERBOSE.")
  boolean verbose;

  @Option(
      names = "--coverage-report",
      paramLabel = "DIR",
      defaultValue = "${env:WETHOD_MOCK_COVERAGE_REPORT}",
      description =
          "When the mock stops (Ctrl-C, SIGTERM, /__admin/shutdown), write which behaviours of the"
              + " endpoint its clients met to DIR: coverage.json, coverage.html and"
              + " TEST-coverage.xml (JUnit XML). Env WETHOD_MOCK_COVERAGE_REPORT.")
  Path coverageReport;

  @Option(
      names = "--no-coverage",
      defaultValue = "${env:WETHOD_MOCK_NO_COVERAGE:-false}",
      description =
          "Do not record which behaviours the calls meet (the coverage then shows none)."
              + " Env WETHOD_MOCK_NO_COVERAGE.")
  boolean noCoverage;

  @Option(
      names = "--generate",
      paramLabel = "N[:SEED]",
      defaultValue = "${env:WETHOD_MOCK_GENERATE}",
      description =
          "Serve generated projects instead of the fixtures' ones: N in the first company, a"
              + " twentieth of that in each other, the same for the same seed (default 1)."
              + " Env WETHOD_MOCK_GENERATE.")
  String generate;

  @Option(
      names = "--write-fixtures",
      paramLabel = "DIR",
      description =
          "Write the dataset (generated or loaded) to DIR in the fixture format and exit.")
  Path writeFixtures;

  @Spec CommandSpec spec;

  /** Whether this JVM runs the command as its program (not, e.g., inside a test). */
  private static volatile boolean program;

  private volatile MockServer server;
  private volatile Thread hook;
  private volatile boolean shutdownAsked;
  private boolean reportWritten;

  public static void main(String[] args) {
    program = true;
    System.exit(new CommandLine(new MockServerCommand()).execute(args));
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    GeneratorSpec spec = null;
    if (generate != null) {
      try {
        spec = GeneratorSpec.parse(generate);
      } catch (InvalidDataException e) {
        err.println("Invalid --generate: " + e.getMessage());
        err.flush();
        return INVALID_INPUT;
      }
    }
    if (noCoverage && coverageReport != null) {
      err.println(
          "--coverage-report reports the coverage that --no-coverage turns off: give one of them.");
      err.flush();
      return INVALID_INPUT;
    }
    WebAccess access;
    try {
      access = webAccess();
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.flush();
      return INVALID_INPUT;
    }
    MockServer mock;
    try {
      MockServer.Builder builder =
          MockServer.builder()
              .port(port)
              .bind(bind)
              .journal(journal)
              .verbose(verbose)
              .adminToken(adminToken)
              .adminOpen(adminOpen)
              .webAccess(access)
              .coverage(!noCoverage);
      if (contract != null) {
        builder.contract(contract);
      }
      if (fixtures != null) {
        builder.fixtures(fixtures);
      }
      if (spec != null) {
        builder.generate(spec);
      }
      mock = builder.build();
    } catch (InvalidDataException e) {
      err.println("Invalid fixtures: " + e.getMessage());
      err.flush();
      return INVALID_INPUT;
    } catch (ContractException e) {
      err.println("Invalid contract: " + e.getMessage());
      err.flush();
      return INVALID_INPUT;
    } catch (InsecureAdminException e) {
      err.println(e.getMessage());
      err.flush();
      return INVALID_INPUT;
    }
    if (writeFixtures != null) {
      return writeFixtures(mock, out, err);
    }
    try {
      mock.start();
    } catch (MockStartException e) {
      err.println(e.getMessage() + " Choose another with --port.");
      err.flush();
      return CANNOT_START;
    }
    server = mock;
    if (shutdownAsked) {
      mock.stop();
    }
    hook = new Thread(this::stopOnSignal, "wethod-projects-mock-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    watchLauncher();
    out.print(new Banner(mock, fixtures == null ? "bundled" : fixtures.toString()).text());
    out.flush();
    awaitStop(mock);
    writeCoverageReport();
    removeHook();
    return 0;
  }

  /**
   * Writes the coverage report, once, after the server has stopped: whichever of the signal's hook
   * and the main thread gets here first writes it, and the other waits until it is written.
   */
  private synchronized void writeCoverageReport() {
    MockServer stopped = server;
    if (coverageReport == null || stopped == null || reportWritten) {
      return;
    }
    reportWritten = true;
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Coverage coverage = stopped.coverage().current();
      new CoverageReport(coverage, "GET " + stopped.contract().path()).writeTo(coverageReport);
      out.println(
          "Coverage: "
              + coverage.summary().covered()
              + " of "
              + coverage.summary().total()
              + " behaviours met; the report is in "
              + coverageReport.toAbsolutePath());
      out.flush();
    } catch (IOException | RuntimeException e) {
      err.println("Cannot write the coverage report to " + coverageReport + ": " + e.getMessage());
      err.flush();
    }
  }

  /** What the web access options open. */
  WebAccess webAccess() {
    WebAccess access = WebAccess.defaults().withCorsCredentials(corsCredentials);
    if (allowedHosts != null) {
      access = access.withAllowedHosts(allowedHosts);
    }
    if (adminOrigins != null) {
      access = access.withAdminOrigins(adminOrigins);
    }
    if (corsOrigins != null) {
      access = access.withCorsOrigins(corsOrigins);
    }
    return access;
  }

  /** Until the server stops: Ctrl-C, SIGTERM, {@code /__admin/shutdown} or {@link #shutdown()}. */
  private static void awaitStop(MockServer mock) throws InterruptedException {
    try {
      mock.stopped().get();
    } catch (ExecutionException cannotHappen) {
      // The future only ever completes normally.
    }
  }

  /**
   * Started by {@link Launcher}, the mock stops when the launcher is gone, however it ended: the
   * mock never outlives the process its user started.
   */
  private void watchLauncher() {
    Long launcher = Long.getLong(Launcher.LAUNCHER_PID);
    if (launcher != null) {
      ProcessHandle.of(launcher)
          .ifPresentOrElse(handle -> handle.onExit().thenRun(this::shutdown), this::shutdown);
    }
  }

  /**
   * SIGTERM or Ctrl-C: stops the server, then, when the command is the JVM's program, ends it with
   * exit code 0, as a stop that was asked for; the JVM would otherwise report the signal (143,
   * 130).
   */
  private void stopOnSignal() {
    stopServer();
    writeCoverageReport();
    if (program) {
      Runtime.getRuntime().halt(0);
    }
  }

  private void removeHook() {
    Thread registered = hook;
    if (registered != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(registered);
      } catch (IllegalStateException alreadyShuttingDown) {
        // The JVM runs the hook itself.
      }
    }
  }

  /** Reads an {@code --allowed-host} value; picocli names the option in the error. */
  static final class HostConverter implements CommandLine.ITypeConverter<HostPattern> {
    @Override
    public HostPattern convert(String value) {
      try {
        return HostPattern.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Reads an {@code --admin-origin} or {@code --cors-origin} value. */
  static final class OriginConverter implements CommandLine.ITypeConverter<OriginPattern> {
    @Override
    public OriginPattern convert(String value) {
      try {
        return OriginPattern.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  private int writeFixtures(MockServer mock, PrintWriter out, PrintWriter err) {
    try {
      new FixtureWriter(mock.contract()).write(mock.state().loaded(), writeFixtures);
    } catch (UncheckedIOException e) {
      err.println(e.getMessage());
      err.flush();
      return CANNOT_WRITE;
    }
    out.println(
        "Wrote "
            + mock.state().loaded().projectCount()
            + " projects in the fixture format to "
            + writeFixtures);
    out.flush();
    return 0;
  }

  /** Stops a running server and lets {@link #call()} return with exit code 0. */
  public void shutdown() {
    shutdownAsked = true;
    removeHook();
    stopServer();
  }

  private void stopServer() {
    MockServer running = server;
    if (running != null) {
      running.stop();
    }
  }
}
