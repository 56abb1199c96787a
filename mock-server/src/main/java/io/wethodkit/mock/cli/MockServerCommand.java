package io.wethodkit.mock.cli;

import io.wethodkit.contract.ContractException;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.MockStartException;
import io.wethodkit.mock.admin.InsecureAdminException;
import io.wethodkit.mock.generate.GeneratorSpec;
import io.wethodkit.mock.store.FixtureWriter;
import io.wethodkit.mock.store.InvalidDataException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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

  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile MockServer server;
  private volatile Thread hook;

  public static void main(String[] args) {
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
    MockServer mock;
    try {
      MockServer.Builder builder =
          MockServer.builder()
              .port(port)
              .bind(bind)
              .journal(journal)
              .verbose(verbose)
              .adminToken(adminToken)
              .adminOpen(adminOpen);
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
    hook = new Thread(this::stopServer, "wethod-projects-mock-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    out.print(new Banner(mock, fixtures == null ? "bundled" : fixtures.toString()).text());
    out.flush();
    stopped.await();
    return 0;
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

  /** Stops a running server and lets {@link #call()} return (what Ctrl-C does). */
  public void shutdown() {
    Thread registered = hook;
    if (registered != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(registered);
      } catch (IllegalStateException alreadyShuttingDown) {
        // The JVM runs the hook itself.
      }
    }
    stopServer();
  }

  private void stopServer() {
    MockServer running = server;
    if (running != null) {
      running.stop();
    }
    stopped.countDown();
  }
}
