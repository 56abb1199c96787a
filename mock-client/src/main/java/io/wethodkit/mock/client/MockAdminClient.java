package io.wethodkit.mock.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed client of the projects mock's admin API ({@code /__admin/projects-mock}): reset, the
 * whole dataset, projects, identities and the clock. It works the same against the mock in-process
 * (its JUnit 5 extension), in a container or anywhere else. Projects are JSON objects, since their
 * fields ({@code metadata_<id>} included) come from the contract. A refused call throws {@link
 * MockAdminException} with the status and the answer's message; the state is then unchanged.
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
  public static final String ADMIN_PATH = "/__admin";

  private static final String ROOT = "/projects-mock";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final URI baseUrl;
  private final Optional<String> adminToken;
  private final AdminTransport transport;

  private MockAdminClient(URI baseUrl, Optional<String> adminToken) {
    this.baseUrl = baseUrl;
    this.adminToken = adminToken;
    String root = baseUrl.toString().replaceAll("/+$", "") + ADMIN_PATH;
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
   * The same client sending {@code Authorization: Token <token>} on every call, as a mock started
   * with an admin token requires; {@code null} sends none.
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

  /** Whether WireMock's health endpoint answers 200 (with this client's token). */
  public boolean healthy() {
    try {
      return transport.status("/health") == 200;
    } catch (MockAdminException unreachable) {
      return false;
    }
  }

  /** Back to the loaded fixtures: data and clock. */
  public void reset() {
    transport.call("POST", ROOT + "/reset", null);
  }

  /** The whole dataset: {@code {"companies", "identities", "projects": {"<slug>": [...]}}}. */
  public ObjectNode dataset() {
    return (ObjectNode) transport.call("GET", ROOT + "/dataset", null);
  }

  /** Replaces the whole dataset (the format of {@link #dataset()}), or changes nothing. */
  public void replaceDataset(JsonNode dataset) {
    transport.call("PUT", ROOT + "/dataset", Objects.requireNonNull(dataset));
  }

  /** Every project of a company, soft-deleted ones included. */
  public List<ObjectNode> projects(String company) {
    return objects(transport.call("GET", projectsPath(company), null));
  }

  public ObjectNode project(String company, long id) {
    return (ObjectNode) transport.call("GET", projectPath(company, id), null);
  }

  /**
   * Creates a project (a JSON object or a map of its fields); without {@code id} it gets the next
   * free one. Returns the project as stored.
   */
  public ObjectNode createProject(String company, Object project) {
    return (ObjectNode) transport.call("POST", projectsPath(company), project);
  }

  /** Changes the fields given ({@code null} clears one). Returns the project as stored. */
  public ObjectNode updateProject(String company, long id, Object changes) {
    return (ObjectNode) transport.call("PATCH", projectPath(company, id), changes);
  }

  /** Changes several projects at once (each with its {@code id}), all or none. */
  public List<ObjectNode> updateProjects(String company, Collection<?> changes) {
    return objects(transport.call("PATCH", projectsPath(company), changes));
  }

  /** Sets {@code deleted_at}: the project leaves the default listing. */
  public ObjectNode softDelete(String company, long id) {
    return (ObjectNode) transport.call("POST", projectPath(company, id) + "/soft-delete", null);
  }

  /** Clears {@code deleted_at}. */
  public ObjectNode restore(String company, long id) {
    return (ObjectNode) transport.call("POST", projectPath(company, id) + "/restore", null);
  }

  /** Removes the project altogether. */
  public void deleteProject(String company, long id) {
    transport.call("DELETE", projectPath(company, id), null);
  }

  public List<MockIdentity> identities() {
    List<MockIdentity> out = new ArrayList<>();
    transport.call("GET", ROOT + "/identities", null).forEach(node -> out.add(identity(node)));
    return out;
  }

  public MockIdentity identity(String name) {
    return identity(transport.call("GET", identityPath(name), null));
  }

  /** Adds the identity, or replaces the one of the same name. */
  public MockIdentity putIdentity(MockIdentity identity) {
    ObjectNode body = MAPPER.valueToTree(identity);
    return identity(transport.call("PUT", identityPath(identity.name()), body));
  }

  /**
   * Changes some fields of an identity ({@code token}, {@code personId}, {@code description},
   * {@code revoked}, {@code permissions}).
   */
  public MockIdentity updateIdentity(String name, Map<String, ?> changes) {
    return identity(transport.call("PATCH", identityPath(name), changes));
  }

  /** Its token is refused with 401 from now on. */
  public MockIdentity revoke(String name) {
    return identity(transport.call("POST", identityPath(name) + "/revoke", null));
  }

  public MockIdentity unrevoke(String name) {
    return identity(transport.call("POST", identityPath(name) + "/unrevoke", null));
  }

  public void deleteIdentity(String name) {
    transport.call("DELETE", identityPath(name), null);
  }

  /** Sets the identity's permissions in one company. */
  public MockIdentity setPermissions(String name, String company, Collection<String> permissions) {
    return identity(
        transport.call(
            "PUT", identityPath(name) + "/permissions/" + segment(company), permissions));
  }

  /** Takes the company away from the identity: 403 there. */
  public MockIdentity removeCompany(String name, String company) {
    return identity(
        transport.call("DELETE", identityPath(name) + "/permissions/" + segment(company), null));
  }

  public MockClockState clock() {
    return clockState(transport.call("GET", ROOT + "/clock", null));
  }

  /** Stops the mock clock at {@code instant}. */
  public MockClockState fixClock(Instant instant) {
    return clockState(
        transport.call(
            "PUT", ROOT + "/clock", Map.of("mode", "fixed", "instant", instant.toString())));
  }

  /** Lets the mock clock follow real time again. */
  public MockClockState realClock() {
    return clockState(transport.call("PUT", ROOT + "/clock", Map.of("mode", "real")));
  }

  private static String projectsPath(String company) {
    return ROOT + "/companies/" + segment(company) + "/projects";
  }

  private static String projectPath(String company, long id) {
    return projectsPath(company) + "/" + id;
  }

  private static String identityPath(String name) {
    return ROOT + "/identities/" + segment(name);
  }

  private static String segment(String value) {
    return URLEncoder.encode(Objects.requireNonNull(value), StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  private static List<ObjectNode> objects(JsonNode array) {
    List<ObjectNode> out = new ArrayList<>();
    array.forEach(node -> out.add((ObjectNode) node));
    return out;
  }

  private static MockIdentity identity(JsonNode node) {
    return MAPPER.convertValue(node, MockIdentity.class);
  }

  private static MockClockState clockState(JsonNode node) {
    return MAPPER.convertValue(node, MockClockState.class);
  }
}
