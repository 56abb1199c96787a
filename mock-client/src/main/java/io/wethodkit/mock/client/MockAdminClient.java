package io.wethodkit.mock.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed client of the projects mock's admin API ({@code /__admin/projects-mock}): reset, the
 * whole dataset, projects, identities, the clock and the coverage. It works the same against the
 * mock in-process (its JUnit 5 extension), in a container or anywhere else. Projects are JSON
 * objects, since their fields ({@code metadata_<id>} included) come from the contract. A refused
 * call throws {@link MockAdminException} with the status and the answer's message; the state is
 * then unchanged. Each method calls one route of {@link AdminRouteTable}; {@link #call} calls any
 * of them.
 *
 * <pre>{@code
 * MockAdminClient admin = MockAdminClient.of(baseUrl).withAdminToken(token);
 * admin.reset();
 * admin.softDelete("acme", 1);
 * admin.fixClock(Instant.parse("2030-01-02T03:04:05Z"));
 * }</pre>
 */
public final class MockAdminClient {

  /** Where the mock's admin routes live, below the server's root. */
  public static final String ADMIN_PATH = AdminRouteTable.ADMIN_PATH;

  // Lenient on members it does not know, so that it reads the answers of a newer mock.
  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final URI baseUrl;
  private final Optional<String> adminToken;
  private final AdminTransport transport;

  private MockAdminClient(URI baseUrl, Optional<String> adminToken) {
    this.baseUrl = baseUrl;
    this.adminToken = adminToken;
    String root = baseUrl.toString().replaceAll("/+$", "") + AdminRouteTable.ADMIN_PATH;
    this.transport = new AdminTransport(root, adminToken, MAPPER);
  }

  /** A client of the mock at {@code baseUrl} (e.g. {@code http://127.0.0.1:8080}). */
  public static MockAdminClient of(String baseUrl) {
    return of(URI.create(baseUrl));
  }

  public static MockAdminClient of(URI baseUrl) {
    return new MockAdminClient(Objects.requireNonNull(baseUrl), Optional.empty());
  }

  /**
   * The same client sending {@code Authorization: Token <token>} ({@link AdminToken}) on every
   * call, as a mock started with an admin token requires; {@code null} sends none.
   */
  public MockAdminClient withAdminToken(String token) {
    return new MockAdminClient(baseUrl, Optional.ofNullable(token));
  }

  public URI baseUrl() {
    return baseUrl;
  }

  public Optional<String> adminToken() {
    return adminToken;
  }

  /**
   * Calls {@code route} with {@code body} ({@code null} for a route without one) and the values of
   * its path parameters in order, and reads the answer as the route says.
   *
   * @throws MockAdminException when the mock refuses the call or cannot be reached
   * @throws IllegalArgumentException when the body or the path values do not fit the route
   */
  public <B, A> A call(AdminRoute<B, A> route, B body, Object... pathValues) {
    return transport.call(route, body, pathValues);
  }

  /** Whether WireMock's health endpoint answers 200 (with this client's token). */
  public boolean healthy() {
    try {
      return transport.status(AdminRouteTable.HEALTH) == 200;
    } catch (MockAdminException unreachable) {
      return false;
    }
  }

  /** Back to the loaded fixtures: data and clock; the coverage starts again too. */
  public void reset() {
    call(AdminRouteTable.Dataset.RESET, null);
  }

  /**
   * Back to the loaded fixtures, data and clock, keeping the coverage: for a reset before each test
   * while the coverage adds up over all of them.
   */
  public void resetKeepingCoverage() {
    transport.call(AdminRouteTable.Dataset.RESET, "coverage=keep", null);
  }

  /**
   * Replaces the projects with {@code projects} generated ones (the same for the same seed) on the
   * current companies and identities, as the mock's {@code --generate N:SEED} does.
   */
  public void generateProjects(int projects, long seed) {
    call(AdminRouteTable.Dataset.GENERATE, Map.of("projects", (long) projects, "seed", seed));
  }

  /** The whole dataset: {@code {"companies", "identities", "projects": {"<slug>": [...]}}}. */
  public ObjectNode dataset() {
    return call(AdminRouteTable.Dataset.READ, null);
  }

  /** Replaces the whole dataset (the format of {@link #dataset()}), or changes nothing. */
  public void replaceDataset(JsonNode dataset) {
    call(AdminRouteTable.Dataset.REPLACE, Objects.requireNonNull(dataset));
  }

  /** Every project of a company, soft-deleted ones included. */
  public List<ObjectNode> projects(String company) {
    return call(AdminRouteTable.Projects.LIST, null, company);
  }

  public ObjectNode project(String company, long id) {
    return call(AdminRouteTable.Projects.READ, null, company, id);
  }

  /**
   * Creates a project (a JSON object or a map of its fields); without {@code id} it gets the next
   * free one. Returns the project as stored.
   */
  public ObjectNode createProject(String company, Object project) {
    return call(AdminRouteTable.Projects.CREATE, Objects.requireNonNull(project), company);
  }

  /** Changes the fields given ({@code null} clears one). Returns the project as stored. */
  public ObjectNode updateProject(String company, long id, Object changes) {
    return call(AdminRouteTable.Projects.UPDATE, Objects.requireNonNull(changes), company, id);
  }

  /** Changes several projects at once (each with its {@code id}), all or none. */
  public List<ObjectNode> updateProjects(String company, Collection<?> changes) {
    return call(AdminRouteTable.Projects.UPDATE_MANY, Objects.requireNonNull(changes), company);
  }

  /** Sets {@code deleted_at}: the project leaves the default listing. */
  public ObjectNode softDelete(String company, long id) {
    return call(AdminRouteTable.Projects.SOFT_DELETE, null, company, id);
  }

  /** Clears {@code deleted_at}. */
  public ObjectNode restore(String company, long id) {
    return call(AdminRouteTable.Projects.RESTORE, null, company, id);
  }

  /** Removes the project altogether. */
  public void deleteProject(String company, long id) {
    call(AdminRouteTable.Projects.DELETE, null, company, id);
  }

  public List<MockIdentity> identities() {
    return call(AdminRouteTable.Identities.LIST, null);
  }

  public MockIdentity identity(String name) {
    return call(AdminRouteTable.Identities.READ, null, name);
  }

  /** Adds the identity, or replaces the one of the same name. */
  public MockIdentity putIdentity(MockIdentity identity) {
    return call(AdminRouteTable.Identities.PUT, identity, identity.name());
  }

  /**
   * Changes some fields of an identity ({@code token}, {@code personId}, {@code description},
   * {@code revoked}, {@code permissions}).
   */
  public MockIdentity updateIdentity(String name, Map<String, ?> changes) {
    return call(AdminRouteTable.Identities.UPDATE, Objects.requireNonNull(changes), name);
  }

  /** Its token is refused with 401 from now on. */
  public MockIdentity revoke(String name) {
    return call(AdminRouteTable.Identities.REVOKE, null, name);
  }

  public MockIdentity unrevoke(String name) {
    return call(AdminRouteTable.Identities.UNREVOKE, null, name);
  }

  public void deleteIdentity(String name) {
    call(AdminRouteTable.Identities.DELETE, null, name);
  }

  /** Sets the identity's permissions in one company. */
  public MockIdentity setPermissions(String name, String company, Collection<String> permissions) {
    return call(
        AdminRouteTable.Permissions.SET, Objects.requireNonNull(permissions), name, company);
  }

  /** Takes the company away from the identity: 403 there. */
  public MockIdentity removeCompany(String name, String company) {
    return call(AdminRouteTable.Permissions.REMOVE_COMPANY, null, name, company);
  }

  public MockClockState clock() {
    return call(AdminRouteTable.Clock.READ, null);
  }

  /** Stops the mock clock at {@code instant}. */
  public MockClockState fixClock(Instant instant) {
    return call(AdminRouteTable.Clock.SET, Map.of("mode", "fixed", "instant", instant.toString()));
  }

  /** Lets the mock clock follow real time again. */
  public MockClockState realClock() {
    return call(AdminRouteTable.Clock.SET, Map.of("mode", "real"));
  }

  /**
   * Which of the endpoint's behaviours the mock's clients have met, and which never, each with a
   * request that would meet it. Check it with {@link CoverageAssert}.
   */
  public Coverage coverage() {
    return call(AdminRouteTable.Coverage.READ, null);
  }

  /** Forgets the calls met so far: every behaviour is not covered again. */
  public void resetCoverage() {
    call(AdminRouteTable.Coverage.RESET, null);
  }

  /** The coverage of this mock read anew each time, as a {@link MockCoverage}. */
  public MockCoverage liveCoverage() {
    return new MockCoverage() {
      @Override
      public Coverage current() {
        return coverage();
      }

      @Override
      public void reset() {
        resetCoverage();
      }
    };
  }
}
