package io.wethodkit.mock.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The routes of the mock's admin API, grouped by what they act on: the one place where their
 * methods, paths and bodies are written. The server binds each route to the task that serves it and
 * serves no other; {@link MockAdminClient} and the console build their calls from them. Changes are
 * all or nothing: invalid input is a 400 {@code {"key", "message"}} and changes nothing, an unknown
 * company, project or identity a 404.
 */
public final class AdminRouteTable {

  /** WireMock's admin path, below the server's root; every admin route lives under it. */
  public static final String ADMIN_PATH = "/__admin";

  /** The mock's own admin routes, below {@link #ADMIN_PATH}. */
  public static final String ROOT = "/projects-mock";

  /** WireMock's own health check, below {@link #ADMIN_PATH} (not one of the mock's routes). */
  public static final String HEALTH = "/health";

  private static final String COMPANY_PROJECTS = ROOT + "/companies/{company}/projects";
  private static final String PROJECT = COMPANY_PROJECTS + "/{id}";
  private static final String IDENTITY = ROOT + "/identities/{name}";
  private static final String CONSOLE = ROOT + "/console";

  private static final TypeReference<Void> NO_BODY = new TypeReference<Void>() {};
  private static final TypeReference<AdminMessage> MESSAGE = new TypeReference<AdminMessage>() {};
  private static final TypeReference<Object> PROJECT_FIELDS = new TypeReference<Object>() {};
  private static final TypeReference<ObjectNode> OBJECT = new TypeReference<ObjectNode>() {};
  private static final TypeReference<List<ObjectNode>> OBJECTS =
      new TypeReference<List<ObjectNode>>() {};
  private static final TypeReference<MockIdentity> IDENTITY_ANSWER =
      new TypeReference<MockIdentity>() {};
  private static final TypeReference<MockClockState> CLOCK_ANSWER =
      new TypeReference<MockClockState>() {};

  private AdminRouteTable() {}

  /** Reset, generation, the whole dataset. */
  public static final class Dataset {
    /**
     * Back to the loaded fixtures: data and clock, and the coverage unless {@code ?coverage=keep}.
     */
    public static final AdminRoute<Void, AdminMessage> RESET =
        route(AdminResource.DATASET, "reset", "POST", ROOT + "/reset", NO_BODY, MESSAGE);

    /** Generated projects on the current companies and identities: {@code {projects, seed}}. */
    public static final AdminRoute<Map<String, Long>, AdminMessage> GENERATE =
        route(
            AdminResource.DATASET,
            "generate",
            "POST",
            ROOT + "/generate",
            new TypeReference<Map<String, Long>>() {},
            MESSAGE);

    /** The whole dataset: {@code {"companies", "identities", "projects": {"<slug>": [...]}}}. */
    public static final AdminRoute<Void, ObjectNode> READ =
        route(AdminResource.DATASET, "read", "GET", ROOT + "/dataset", NO_BODY, OBJECT);

    /** Replaces the whole dataset (the format of {@link #READ}). */
    public static final AdminRoute<JsonNode, AdminMessage> REPLACE =
        route(
            AdminResource.DATASET,
            "replace",
            "PUT",
            ROOT + "/dataset",
            new TypeReference<JsonNode>() {},
            MESSAGE);

    private Dataset() {}
  }

  /** The projects of a company, soft-deleted ones included. */
  public static final class Projects {
    public static final AdminRoute<Void, List<ObjectNode>> LIST =
        route(AdminResource.PROJECTS, "list", "GET", COMPANY_PROJECTS, NO_BODY, OBJECTS);

    /** A project (without {@code id}: the next free one); answers 201 with it as stored. */
    public static final AdminRoute<Object, ObjectNode> CREATE =
        route(AdminResource.PROJECTS, "create", "POST", COMPANY_PROJECTS, PROJECT_FIELDS, OBJECT);

    /** Partial updates of several projects, each with its {@code id}, all or none. */
    public static final AdminRoute<Collection<?>, List<ObjectNode>> UPDATE_MANY =
        route(
            AdminResource.PROJECTS,
            "update-many",
            "PATCH",
            COMPANY_PROJECTS,
            new TypeReference<Collection<?>>() {},
            OBJECTS);

    public static final AdminRoute<Void, ObjectNode> READ =
        route(AdminResource.PROJECTS, "read", "GET", PROJECT, NO_BODY, OBJECT);

    /** Changes the fields given ({@code null} clears one). */
    public static final AdminRoute<Object, ObjectNode> UPDATE =
        route(AdminResource.PROJECTS, "update", "PATCH", PROJECT, PROJECT_FIELDS, OBJECT);

    /** Removes the project altogether. */
    public static final AdminRoute<Void, AdminMessage> DELETE =
        route(AdminResource.PROJECTS, "delete", "DELETE", PROJECT, NO_BODY, MESSAGE);

    /** Sets {@code deleted_at}: the project leaves the default listing. */
    public static final AdminRoute<Void, ObjectNode> SOFT_DELETE =
        route(
            AdminResource.PROJECTS,
            "soft-delete",
            "POST",
            PROJECT + "/soft-delete",
            NO_BODY,
            OBJECT);

    /** Clears {@code deleted_at}. */
    public static final AdminRoute<Void, ObjectNode> RESTORE =
        route(AdminResource.PROJECTS, "restore", "POST", PROJECT + "/restore", NO_BODY, OBJECT);

    private Projects() {}
  }

  /** Who a bearer token stands for. */
  public static final class Identities {
    public static final AdminRoute<Void, List<MockIdentity>> LIST =
        route(
            AdminResource.IDENTITIES,
            "list",
            "GET",
            ROOT + "/identities",
            NO_BODY,
            new TypeReference<List<MockIdentity>>() {});

    public static final AdminRoute<Void, MockIdentity> READ =
        route(AdminResource.IDENTITIES, "read", "GET", IDENTITY, NO_BODY, IDENTITY_ANSWER);

    /** Adds the identity, or replaces the one of the same name. */
    public static final AdminRoute<MockIdentity, MockIdentity> PUT =
        route(
            AdminResource.IDENTITIES,
            "put",
            "PUT",
            IDENTITY,
            new TypeReference<MockIdentity>() {},
            IDENTITY_ANSWER);

    /** Changes the fields given; {@code permissions}, when given, replaces all of them. */
    public static final AdminRoute<Map<String, ?>, MockIdentity> UPDATE =
        route(
            AdminResource.IDENTITIES,
            "update",
            "PATCH",
            IDENTITY,
            new TypeReference<Map<String, ?>>() {},
            IDENTITY_ANSWER);

    public static final AdminRoute<Void, AdminMessage> DELETE =
        route(AdminResource.IDENTITIES, "delete", "DELETE", IDENTITY, NO_BODY, MESSAGE);

    /** Its token is refused with 401 from now on. */
    public static final AdminRoute<Void, MockIdentity> REVOKE =
        route(
            AdminResource.IDENTITIES,
            "revoke",
            "POST",
            IDENTITY + "/revoke",
            NO_BODY,
            IDENTITY_ANSWER);

    public static final AdminRoute<Void, MockIdentity> UNREVOKE =
        route(
            AdminResource.IDENTITIES,
            "unrevoke",
            "POST",
            IDENTITY + "/unrevoke",
            NO_BODY,
            IDENTITY_ANSWER);

    private Identities() {}
  }

  /** What an identity may do in one company. */
  public static final class Permissions {
    /** Sets the identity's permissions in the company. */
    public static final AdminRoute<Collection<String>, MockIdentity> SET =
        route(
            AdminResource.PERMISSIONS,
            "set",
            "PUT",
            IDENTITY + "/permissions/{company}",
            new TypeReference<Collection<String>>() {},
            IDENTITY_ANSWER);

    /** Takes the company away from the identity: 403 there. */
    public static final AdminRoute<Void, MockIdentity> REMOVE_COMPANY =
        route(
            AdminResource.PERMISSIONS,
            "remove-company",
            "DELETE",
            IDENTITY + "/permissions/{company}",
            NO_BODY,
            IDENTITY_ANSWER);

    private Permissions() {}
  }

  /** The mock clock, which stamps {@code updated_at} and {@code deleted_at} on changes. */
  public static final class Clock {
    public static final AdminRoute<Void, MockClockState> READ =
        route(AdminResource.CLOCK, "read", "GET", ROOT + "/clock", NO_BODY, CLOCK_ANSWER);

    /** {@code {"mode": "fixed", "instant": "<ISO 8601>"}} or {@code {"mode": "real"}}. */
    public static final AdminRoute<Map<String, String>, MockClockState> SET =
        route(
            AdminResource.CLOCK,
            "set",
            "PUT",
            ROOT + "/clock",
            new TypeReference<Map<String, String>>() {},
            CLOCK_ANSWER);

    private Clock() {}
  }

  /**
   * Which of the endpoint's behaviours (as the contract defines them) the mock's clients have met
   * since the mock started or the coverage was reset, with a ready request for each one never met.
   */
  public static final class Coverage {
    /** Every behaviour: covered or not, how many calls, an example or a request that meets it. */
    public static final AdminRoute<Void, io.wethodkit.mock.client.Coverage> READ =
        route(
            AdminResource.COVERAGE,
            "read",
            "GET",
            ROOT + "/coverage",
            NO_BODY,
            new TypeReference<io.wethodkit.mock.client.Coverage>() {});

    /** Forgets the calls met so far (the state's reset does too). */
    public static final AdminRoute<Void, AdminMessage> RESET =
        route(AdminResource.COVERAGE, "reset", "DELETE", ROOT + "/coverage", NO_BODY, MESSAGE);

    private Coverage() {}
  }

  /** The console: its page and what the page reads. */
  public static final class Console {
    /** The page itself ({@code text/html}). */
    public static final AdminRoute<Void, String> PAGE =
        route(
            AdminResource.CONSOLE, "page", "GET", CONSOLE, NO_BODY, new TypeReference<String>() {});

    /** What the page's form is built from: the contract's parameters and the companies. */
    public static final AdminRoute<Void, ObjectNode> MODEL =
        route(AdminResource.CONSOLE, "model", "GET", CONSOLE + "/model", NO_BODY, OBJECT);

    /** The recent calls to the endpoint numbered after {@code ?after=N}, newest first. */
    public static final AdminRoute<Void, ObjectNode> CALLS =
        route(AdminResource.CONSOLE, "calls", "GET", CONSOLE + "/calls", NO_BODY, OBJECT);

    /** Why a call would be answered as it is: {@code {authorization, company, version, query}}. */
    public static final AdminRoute<JsonNode, ObjectNode> EXPLAIN =
        route(
            AdminResource.CONSOLE,
            "explain",
            "POST",
            CONSOLE + "/explain",
            new TypeReference<JsonNode>() {},
            OBJECT);

    private Console() {}
  }

  /**
   * Every route, in a holder of its own: a group's constants read this class's fields as they are
   * built, so this class must not wait on the groups while it initializes.
   */
  private static final class Table {
    static final List<AdminRoute<?, ?>> ALL =
        List.of(
            Dataset.RESET,
            Dataset.GENERATE,
            Dataset.READ,
            Dataset.REPLACE,
            Projects.LIST,
            Projects.CREATE,
            Projects.UPDATE_MANY,
            Projects.READ,
            Projects.UPDATE,
            Projects.DELETE,
            Projects.SOFT_DELETE,
            Projects.RESTORE,
            Identities.LIST,
            Identities.READ,
            Identities.PUT,
            Identities.UPDATE,
            Identities.DELETE,
            Identities.REVOKE,
            Identities.UNREVOKE,
            Permissions.SET,
            Permissions.REMOVE_COMPANY,
            Clock.READ,
            Clock.SET,
            Coverage.READ,
            Coverage.RESET,
            Console.PAGE,
            Console.MODEL,
            Console.CALLS,
            Console.EXPLAIN);
  }

  /** Every route, grouped by resource in the order of {@link AdminResource}. */
  public static List<AdminRoute<?, ?>> all() {
    return Table.ALL;
  }

  /** The routes acting on {@code resource}. */
  public static List<AdminRoute<?, ?>> of(AdminResource resource) {
    return Table.ALL.stream().filter(route -> route.resource() == resource).toList();
  }

  private static <B, A> AdminRoute<B, A> route(
      AdminResource resource,
      String name,
      String method,
      String template,
      TypeReference<B> body,
      TypeReference<A> answer) {
    return new AdminRoute<>(resource, name, method, template, body, answer);
  }
}
