package io.wethodkit.mock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.wethodkit.contract.Contract;
import io.wethodkit.mock.admin.AdminAccess;
import io.wethodkit.mock.admin.ProjectsAdminApi;
import io.wethodkit.mock.client.MockAdminClient;
import io.wethodkit.mock.console.ConsoleAdminApi;
import io.wethodkit.mock.console.ConsolePage;
import io.wethodkit.mock.console.ConsolePageFilter;
import io.wethodkit.mock.console.RecentCalls;
import io.wethodkit.mock.coverage.Behaviours;
import io.wethodkit.mock.coverage.CoverageRecorder;
import io.wethodkit.mock.coverage.ServerCoverage;
import io.wethodkit.mock.endpoint.CallListener;
import io.wethodkit.mock.endpoint.EndpointParts;
import io.wethodkit.mock.endpoint.ProjectsEndpoint;
import io.wethodkit.mock.generate.DatasetGenerator;
import io.wethodkit.mock.generate.GeneratorSpec;
import io.wethodkit.mock.guard.WebAccess;
import io.wethodkit.mock.guard.WebGuard;
import io.wethodkit.mock.http.GlobalDelays;
import io.wethodkit.mock.http.OnDemandProxyClients;
import io.wethodkit.mock.http.ProjectsRequestFilter;
import io.wethodkit.mock.http.RepairingJettyServerFactory;
import io.wethodkit.mock.http.UserStubs;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.DatasetJson;
import io.wethodkit.mock.store.FixtureLoader;
import io.wethodkit.mock.store.MockClock;
import io.wethodkit.mock.store.MockState;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;

/**
 * The mock of {@code GET /api/projects}: an embedded WireMock server whose request filter emulates
 * the contract over an in-memory, per-company state. Everything else WireMock offers (the admin
 * API, extra stubs, faults, delays, the request journal when enabled) stays available.
 *
 * <pre>{@code
 * try (MockServer mock = MockServer.builder().port(0).build().start()) {
 *   String url = mock.baseUrl() + "/api/projects";
 * }
 * }</pre>
 */
public final class MockServer implements AutoCloseable {

  private static final int REQUEST_HEAD_BYTES = 64 * 1024;

  private final Contract contract;
  private final MockState state;
  private final EndpointParts parts;
  private final WireMockServer wireMock;
  private final String bind;
  private final AdminAccess adminAccess;
  private final WebAccess webAccess;
  private final RecentCalls recentCalls = new RecentCalls();
  private final CallListener callListener;
  private final ServerCoverage coverage;
  private final CompletableFuture<Void> stopped;

  private MockServer(
      Builder builder,
      Loaded loaded,
      AdminAccess adminAccess,
      StoppableWireMock wireMock,
      ProjectsRequestFilter filter,
      ProjectsAdminApi admin,
      ConsoleAdminApi console,
      WebGuard guard) {
    this.contract = loaded.contract();
    this.bind = builder.bind;
    this.adminAccess = adminAccess;
    this.webAccess = guard.access();
    this.stopped = wireMock.stopped;
    this.state = new MockState(loaded.dataset(), builder.clock);
    this.parts = builder.customizer.apply(StandardParts.of(contract));
    this.wireMock = wireMock;
    CoverageRecorder recorder = new CoverageRecorder(Behaviours.of(contract), contract.path());
    // Recording the coverage is one more cheap call per answer; without it, nothing is covered.
    this.callListener = builder.coverage ? recentCalls.andThen(recorder) : recentCalls;
    // A customized part need not answer the same request the same way twice (a broken variant may
    // shuffle each page): only the standard parts' answers are reused.
    ProjectsEndpoint endpoint =
        new ProjectsEndpoint(parts, state, callListener, !builder.customized);
    this.coverage = new ServerCoverage(contract, recorder, endpoint, state, builder.coverage);
    guard.attach(contract);
    if (builder.coverage) {
      guard.onPreflight(recorder);
    }
    filter.attach(contract.path(), endpoint);
    admin.attach(state, new DatasetJson(contract), coverage);
    console.attach(contract, endpoint, state, recentCalls);
  }

  private record Loaded(Contract contract, Dataset dataset) {}

  /**
   * WireMock's server, telling when it has stopped: by {@link #stop()}, or through the admin API's
   * {@code /__admin/shutdown}, which stops it from a thread of its own.
   */
  private static final class StoppableWireMock extends WireMockServer {
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();

    StoppableWireMock(WireMockConfiguration options) {
      super(options);
    }

    @Override
    public void stop() {
      try {
        super.stop();
      } finally {
        stopped.complete(null);
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts the server; a port in use is a {@link MockStartException} saying so. */
  public MockServer start() {
    try {
      wireMock.start();
    } catch (RuntimeException e) {
      if (causedBy(e, BindException.class)) {
        throw new MockStartException(
            "Port " + wireMock.getOptions().portNumber() + " on " + bind + " is already in use.",
            e);
      }
      throw new MockStartException("The mock server cannot start: " + e.getMessage(), e);
    }
    return this;
  }

  private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  public void stop() {
    if (wireMock.isRunning()) {
      wireMock.stop();
    }
  }

  @Override
  public void close() {
    stop();
  }

  public boolean isRunning() {
    return wireMock.isRunning();
  }

  /**
   * Completes once the server has stopped: by {@link #stop()} or {@link #close()}, or by a {@code
   * POST /__admin/shutdown}. The CLI exits then.
   */
  public CompletableFuture<Void> stopped() {
    return stopped.copy();
  }

  /** The port it listens on (the chosen one when started on port 0). */
  public int port() {
    return wireMock.port();
  }

  /** E.g. {@code http://127.0.0.1:8080} (no trailing slash). */
  public String baseUrl() {
    String host = bind.contains(":") ? "[" + bind + "]" : bind;
    if ("0.0.0.0".equals(bind) || "::".equals(bind)) {
      host = "127.0.0.1";
    }
    return "http://" + host + ":" + port();
  }

  /** A client of its admin API over HTTP, with its admin token. */
  public MockAdminClient admin() {
    return MockAdminClient.of(baseUrl()).withAdminToken(adminAccess.token().orElse(null));
  }

  /** The state: snapshots, admin-style changes, reset, clock. */
  public MockState state() {
    return state;
  }

  /** The embedded WireMock server, e.g. to add stubs or read the journal. */
  public WireMockServer wireMock() {
    return wireMock;
  }

  public Contract contract() {
    return contract;
  }

  /**
   * The token every {@code /__admin} call must send as {@code Authorization: Token <token>}, or
   * empty when the admin API is open.
   */
  public Optional<String> adminToken() {
    return adminAccess.token();
  }

  /** What it opens to browsers: hosts, admin origins, API CORS origins. */
  public WebAccess webAccess() {
    return webAccess;
  }

  /** The last calls to the list endpoint, as the console shows them. */
  public RecentCalls recentCalls() {
    return recentCalls;
  }

  /**
   * Which of the endpoint's behaviours its clients have met since the mock started or the coverage
   * was reset ({@link ServerCoverage#reset()}, the admin API's reset), each never-met one with a
   * request that meets it on the current data.
   */
  public ServerCoverage coverage() {
    return coverage;
  }

  /** What the endpoint tells of every answer: the recent calls, then the coverage's recorder. */
  public CallListener callListener() {
    return callListener;
  }

  /** The endpoint parts in use (after customization). */
  public EndpointParts parts() {
    return parts;
  }

  /** Configures a {@link MockServer}; every setting has a default. */
  public static final class Builder {
    private Contract contract;
    private Path contractFile;
    private Path fixtures;
    private Dataset dataset;
    private GeneratorSpec generate;
    private int port = 0;
    private String bind = "127.0.0.1";
    private boolean journal;
    private boolean verbose;
    private String adminToken;
    private boolean adminOpen;
    private WebAccess webAccess = WebAccess.defaults();
    private MockClock clock = new MockClock();
    private boolean coverage = true;
    private UnaryOperator<EndpointParts> customizer = UnaryOperator.identity();
    private boolean customized;

    private Builder() {}

    /** The contract to emulate; default {@link Contract#bundled()}. */
    public Builder contract(Contract value) {
      this.contract = Objects.requireNonNull(value);
      this.contractFile = null;
      return this;
    }

    /** The contract file to emulate (read when building, alongside WireMock's own start). */
    public Builder contract(Path file) {
      this.contractFile = Objects.requireNonNull(file);
      this.contract = null;
      return this;
    }

    /** A folder in the fixture format; default the bundled fixtures. */
    public Builder fixtures(Path value) {
      this.fixtures = value;
      this.dataset = null;
      return this;
    }

    /**
     * Generated projects (deterministic for the spec) on the companies and identities of the
     * fixtures, instead of the fixtures' projects.
     */
    public Builder generate(GeneratorSpec value) {
      this.generate = value;
      return this;
    }

    /** A dataset already loaded (instead of fixtures). */
    public Builder dataset(Dataset value) {
      this.dataset = value;
      this.fixtures = null;
      return this;
    }

    /** The port; 0 (the default) picks a free one. */
    public Builder port(int value) {
      this.port = value;
      return this;
    }

    /** The address to listen on; default {@code 127.0.0.1}. */
    public Builder bind(String value) {
      this.bind = Objects.requireNonNull(value);
      return this;
    }

    /** Whether WireMock records requests in its journal; default off (it costs per request). */
    public Builder journal(boolean value) {
      this.journal = value;
      return this;
    }

    /** Whether WireMock logs every request; default off. */
    public Builder verbose(boolean value) {
      this.verbose = value;
      return this;
    }

    /**
     * Makes every {@code /__admin} call (WireMock's and the mock's own) require {@code
     * Authorization: Token <token>}; {@code null} (the default) leaves the admin API open. The
     * endpoint itself is unaffected.
     */
    public Builder adminToken(String token) {
      this.adminToken = token;
      return this;
    }

    /**
     * Whether an admin API without token may listen on an address other than loopback; default off,
     * and {@link #build()} refuses such a server.
     */
    public Builder adminOpen(boolean value) {
      this.adminOpen = value;
      return this;
    }

    /**
     * What the server opens to browsers: the host names it answers besides IP addresses and
     * localhost, the origins whose pages may administer it, the origins whose pages may read the
     * API besides loopback ones; default {@link WebAccess#defaults()}.
     */
    public Builder webAccess(WebAccess value) {
      this.webAccess = Objects.requireNonNull(value);
      return this;
    }

    /**
     * Whether the endpoint's answers are recorded for the coverage ({@link MockServer#coverage()});
     * default on.
     */
    public Builder coverage(boolean value) {
      this.coverage = value;
      return this;
    }

    /** The clock that stamps mutations; default real time. */
    public Builder clock(MockClock value) {
      this.clock = Objects.requireNonNull(value);
      return this;
    }

    /**
     * Replaces or decorates parts of the endpoint: {@code customizer} receives the standard parts
     * (or the result of an earlier {@code customize}) and returns the parts to use. A customized
     * endpoint works out every answer anew (the standard one reuses an answer while the state, the
     * query and the headers it reads are the same), so a part may answer as it likes.
     */
    public Builder customize(UnaryOperator<EndpointParts> customizer) {
      UnaryOperator<EndpointParts> before = this.customizer;
      this.customizer = parts -> customizer.apply(before.apply(parts));
      this.customized = true;
      return this;
    }

    /**
     * Reads the contract and the fixtures; throws {@link
     * io.wethodkit.mock.store.InvalidDataException} naming the file and the problem when the
     * fixtures are invalid, and {@link io.wethodkit.contract.ContractException} when the contract
     * is, and {@link io.wethodkit.mock.admin.InsecureAdminException} when the admin API would be
     * open beyond loopback without {@link #adminOpen}.
     */
    public MockServer build() {
      AdminAccess access = AdminAccess.of(bind, Optional.ofNullable(adminToken), adminOpen);
      // WireMock is built while the contract and the fixtures load: it halves the start time.
      CompletableFuture<Loaded> loading = CompletableFuture.supplyAsync(this::load);
      UserStubs userStubs = new UserStubs();
      ProjectsRequestFilter filter = new ProjectsRequestFilter(userStubs);
      GlobalDelays delays = new GlobalDelays();
      ProjectsAdminApi admin = new ProjectsAdminApi();
      ConsolePage page = ConsolePage.bundled();
      ConsoleAdminApi console = new ConsoleAdminApi(page);
      WebGuard guard = new WebGuard(webAccess);
      WireMockConfiguration options =
          options()
              .bindAddress(bind)
              .adminAuthenticator(access.authenticator())
              // CORS is the web guard's: WireMock's would grant any origin, with credentials.
              .stubCorsEnabled(false)
              // Answers the endpoint in the servlet container when WireMock would add nothing;
              // the request filter serves it otherwise. A refused admin call gets a JSON 401.
              // The web guard runs first in both contexts.
              .httpServerFactory(
                  new RepairingJettyServerFactory(
                      filter,
                      userStubs,
                      delays,
                      access.guard().orElse(null),
                      guard.serviceFilter(),
                      guard.adminFilter()))
              // Long filter values (10 KB and more) must reach the endpoint to get their 400.
              .jettyHeaderRequestSize(REQUEST_HEAD_BYTES)
              .jettyHeaderBufferSize(REQUEST_HEAD_BYTES)
              .notifier(verbose ? new ConsoleNotifier(true) : new Slf4jNotifier(false))
              // Otherwise WireMock renders every answer, body in base64, into a log line per
              // request.
              .stubRequestLoggingDisabled(!verbose)
              // WireMock builds its proxy clients at start: 10 MB that only a proxying stub needs.
              .httpClientFactory(new OnDemandProxyClients())
              // Any extension that acts on every answer (a global transformer or serve event
              // listener) must also turn the servlet-container answers off.
              .extensions(
                  filter,
                  userStubs,
                  delays,
                  admin,
                  console,
                  new ConsolePageFilter(page, userStubs));
      if (port == 0) {
        options.dynamicPort();
      } else {
        options.port(port);
      }
      if (!journal) {
        options.disableRequestJournal();
      }
      StoppableWireMock wireMock = new StoppableWireMock(options);
      userStubs.readFrom(wireMock::getStubMappings);
      delays.readFrom(() -> wireMock.getGlobalSettings().getSettings());
      Loaded loaded;
      try {
        loaded = loading.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        throw e;
      }
      return new MockServer(this, loaded, access, wireMock, filter, admin, console, guard);
    }

    private Loaded load() {
      Contract chosen =
          contract != null
              ? contract
              : contractFile != null ? Contract.load(contractFile) : Contract.bundled();
      Dataset data = dataset;
      if (data == null) {
        FixtureLoader loader = new FixtureLoader(chosen);
        data = fixtures != null ? loader.load(fixtures) : loader.loadBundled();
      }
      if (generate != null) {
        data = new DatasetGenerator(chosen).generate(generate, data);
      }
      return new Loaded(chosen, data);
    }
  }
}
