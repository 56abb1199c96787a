package io.wethodkit.mock.admin;

import static com.github.tomakehurst.wiremock.http.RequestMethod.DELETE;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.PATCH;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;
import static com.github.tomakehurst.wiremock.http.RequestMethod.PUT;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.wethodkit.mock.store.DatasetJson;
import io.wethodkit.mock.store.InvalidDataException;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.store.MockState;
import io.wethodkit.mock.store.NotFoundException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The admin API of the mock's state, under WireMock's admin path ({@code /__admin}) at {@value
 * #ROOT}: reset, dataset, projects, identities and clock. Every change is checked fully before it
 * applies, so a 400 leaves the state as it was.
 */
public final class ProjectsAdminApi implements AdminApiExtension {

  /** Where the routes live below {@code /__admin}. */
  public static final String ROOT = "/projects-mock";

  private static final Logger LOG = Logger.getLogger(ProjectsAdminApi.class.getName());

  private volatile StateCommands commands;
  private volatile String invalidKey;

  /** An admin API that serves nothing until {@link #attach} gives it the state. */
  public ProjectsAdminApi() {}

  public ProjectsAdminApi(MockState state, DatasetJson json) {
    attach(state, json);
  }

  /** Serves {@code state} from now on (apart from the constructor, as WireMock is built first). */
  public void attach(MockState state, DatasetJson json) {
    this.commands = new StateCommands(state, json);
    // Invalid admin input answers with the same key as the endpoint's 400.
    this.invalidKey = json.contract().error(400).key();
  }

  @Override
  public String getName() {
    return "wethod-projects-admin";
  }

  /**
   * Registers the routes. Each route gets its own lambda expression because WireMock finds a
   * route's path template by the class of its task.
   */
  @Override
  public void contributeAdminApiRoutes(Router router) {
    String company = ROOT + "/companies/{company}/projects";
    String project = company + "/{id}";
    String identity = ROOT + "/identities/{name}";
    router.add(
        POST,
        ROOT + "/reset",
        (admin, event, params) -> respond(c -> commands().reset(), event, params));
    router.add(
        POST,
        ROOT + "/generate",
        (admin, event, params) -> respond(c -> commands().generate(c.body()), event, params));
    router.add(
        GET,
        ROOT + "/dataset",
        (admin, event, params) -> respond(c -> commands().dataset(), event, params));
    router.add(
        PUT,
        ROOT + "/dataset",
        (admin, event, params) -> respond(c -> commands().replaceDataset(c.body()), event, params));
    router.add(
        GET,
        company,
        (admin, event, params) ->
            respond(c -> commands().projects(c.param("company")), event, params));
    router.add(
        POST,
        company,
        (admin, event, params) ->
            respond(c -> commands().createProject(c.param("company"), c.body()), event, params));
    router.add(
        PATCH,
        company,
        (admin, event, params) ->
            respond(c -> commands().updateProjects(c.param("company"), c.body()), event, params));
    router.add(
        GET,
        project,
        (admin, event, params) ->
            respond(c -> commands().project(c.param("company"), c.id()), event, params));
    router.add(
        PATCH,
        project,
        (admin, event, params) ->
            respond(
                c -> commands().updateProject(c.param("company"), c.id(), c.body()),
                event,
                params));
    router.add(
        DELETE,
        project,
        (admin, event, params) ->
            respond(c -> commands().hardDelete(c.param("company"), c.id()), event, params));
    router.add(
        POST,
        project + "/soft-delete",
        (admin, event, params) ->
            respond(c -> commands().softDelete(c.param("company"), c.id()), event, params));
    router.add(
        POST,
        project + "/restore",
        (admin, event, params) ->
            respond(c -> commands().restore(c.param("company"), c.id()), event, params));
    router.add(
        GET,
        ROOT + "/identities",
        (admin, event, params) -> respond(c -> commands().identities(), event, params));
    router.add(
        GET,
        identity,
        (admin, event, params) ->
            respond(c -> commands().identity(c.param("name")), event, params));
    router.add(
        PUT,
        identity,
        (admin, event, params) ->
            respond(c -> commands().putIdentity(c.param("name"), c.body()), event, params));
    router.add(
        PATCH,
        identity,
        (admin, event, params) ->
            respond(c -> commands().patchIdentity(c.param("name"), c.body()), event, params));
    router.add(
        DELETE,
        identity,
        (admin, event, params) ->
            respond(c -> commands().deleteIdentity(c.param("name")), event, params));
    router.add(
        POST,
        identity + "/revoke",
        (admin, event, params) ->
            respond(c -> commands().revoke(c.param("name"), true), event, params));
    router.add(
        POST,
        identity + "/unrevoke",
        (admin, event, params) ->
            respond(c -> commands().revoke(c.param("name"), false), event, params));
    router.add(
        PUT,
        identity + "/permissions/{company}",
        (admin, event, params) ->
            respond(
                c -> commands().setPermissions(c.param("name"), c.param("company"), c.body()),
                event,
                params));
    router.add(
        DELETE,
        identity + "/permissions/{company}",
        (admin, event, params) ->
            respond(
                c -> commands().removeCompany(c.param("name"), c.param("company")), event, params));
    router.add(
        GET,
        ROOT + "/clock",
        (admin, event, params) -> respond(c -> commands().clock(), event, params));
    router.add(
        PUT,
        ROOT + "/clock",
        (admin, event, params) -> respond(c -> commands().setClock(c.body()), event, params));
  }

  private StateCommands commands() {
    StateCommands attached = commands;
    if (attached == null) {
      throw new IllegalStateException("the mock's state is still loading");
    }
    return attached;
  }

  /** One admin call: its path parameters and body. */
  record Call(PathParams params, byte[] rawBody) {
    String param(String name) {
      return params.get(name);
    }

    long id() {
      String id = params.get("id");
      try {
        return Long.parseLong(id);
      } catch (NumberFormatException e) {
        throw new InvalidDataException("id", "'" + id + "' is not a project id (an integer)");
      }
    }

    JsonNode body() {
      return Json.parse(rawBody, "body");
    }
  }

  @FunctionalInterface
  interface Command {
    AdminResult run(Call call);
  }

  private ResponseDefinition respond(Command command, ServeEvent serveEvent, PathParams params) {
    AdminResult result;
    try {
      result = command.run(new Call(params, serveEvent.getRequest().getBody()));
    } catch (InvalidDataException e) {
      result = AdminResult.error(400, invalidKey, e.getMessage());
    } catch (NotFoundException e) {
      result = AdminResult.error(404, "not_found", e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "admin call failed", e);
      result = AdminResult.error(500, "internal_error", "The admin call failed: " + e.getMessage());
    }
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(result.status())
        .withHeader("Content-Type", "application/json")
        .withBody(Json.bytes(result.body()))
        .build();
  }
}
