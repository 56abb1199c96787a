package io.wethodkit.mock.console;

import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.wethodkit.contract.Contract;
import io.wethodkit.mock.admin.ProjectsAdminApi;
import io.wethodkit.mock.endpoint.ProjectsEndpoint;
import io.wethodkit.mock.store.InvalidDataException;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.store.MockState;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The console's admin routes, under {@code /__admin/projects-mock/console}: the page itself, the
 * model its form is built from, the recent calls and the explanation of a call. Being admin routes,
 * they are guarded by WireMock's admin authenticator whenever the server has one.
 */
public final class ConsoleAdminApi implements AdminApiExtension {

  /** Where the routes live below {@code /__admin}. */
  public static final String ROOT = ProjectsAdminApi.ROOT + "/console";

  static final String HTML = "text/html; charset=utf-8";

  private static final Logger LOG = Logger.getLogger(ConsoleAdminApi.class.getName());

  private final ConsolePage page;
  private volatile Attached attached;

  private record Attached(
      MockState state,
      RecentCalls calls,
      ConsoleModel model,
      Explainer explainer,
      String invalidKey) {}

  /** Routes that answer 503 until {@link #attach} gives them the running endpoint. */
  public ConsoleAdminApi(ConsolePage page) {
    this.page = page;
  }

  /** Serves the console of {@code endpoint} from now on. */
  public void attach(
      Contract contract, ProjectsEndpoint endpoint, MockState state, RecentCalls calls) {
    this.attached =
        new Attached(
            state,
            calls,
            new ConsoleModel(contract, "/__admin" + ProjectsAdminApi.ROOT),
            new Explainer(contract, endpoint),
            contract.error(400).key());
  }

  @Override
  public String getName() {
    return "wethod-projects-console";
  }

  /** One lambda per route: WireMock finds a route's path template by the class of its task. */
  @Override
  public void contributeAdminApiRoutes(Router router) {
    router.add(
        GET,
        ROOT,
        (admin, event, params) ->
            ResponseDefinitionBuilder.responseDefinition()
                .withStatus(200)
                .withHeader("Content-Type", HTML)
                .withHeader("Cache-Control", "no-store")
                .withBody(page.html())
                .build());
    router.add(
        GET,
        ROOT + "/model",
        (admin, event, params) -> json(event, a -> a.model().write(a.state().snapshot())));
    router.add(GET, ROOT + "/calls", (admin, event, params) -> json(event, a -> calls(a, event)));
    router.add(
        POST,
        ROOT + "/explain",
        (admin, event, params) ->
            json(
                event,
                a ->
                    a.explainer()
                        .explain(
                            ExplainRequest.read(
                                Json.parse(event.getRequest().getBody(), "body")))));
  }

  private static JsonNode calls(Attached a, ServeEvent event) {
    long after = after(event.getRequest().queryParameter("after"));
    ObjectNode out = Json.object();
    out.put("last", a.calls().lastSequence());
    out.put("capacity", a.calls().capacity());
    ArrayNode list = out.putArray("calls");
    for (RecentCall call : a.calls().after(after)) {
      list.add(Json.MAPPER.valueToTree(call));
    }
    return out;
  }

  private static long after(QueryParameter parameter) {
    if (parameter == null || !parameter.isPresent()) {
      return 0;
    }
    String value = parameter.firstValue();
    try {
      long after = Long.parseLong(value);
      if (after >= 0) {
        return after;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidDataException("after", "'" + value + "' is not a call number (0 or more)");
  }

  private ResponseDefinition json(ServeEvent event, Function<Attached, JsonNode> route) {
    Attached current = attached;
    int status = 200;
    JsonNode body;
    if (current == null) {
      status = 503;
      body = error("not_ready", "The mock server is still starting.");
    } else {
      try {
        body = route.apply(current);
      } catch (InvalidDataException e) {
        status = 400;
        body = error(current.invalidKey(), e.getMessage());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "console call failed: " + event.getRequest().getUrl(), e);
        status = 500;
        body = error("internal_error", "The console call failed: " + e.getMessage());
      }
    }
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withHeader("Cache-Control", "no-store")
        .withBody(Json.bytes(body))
        .build();
  }

  private static ObjectNode error(String key, String message) {
    ObjectNode body = Json.object();
    body.put("key", key);
    body.put("message", message);
    return body;
  }
}
