package io.wethodkit.mock.admin.task;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.wethodkit.mock.client.AdminRoute;
import io.wethodkit.mock.store.InvalidDataException;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.store.NotFoundException;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A task that answers JSON: its own answer, or an error in the admin API's format. Invalid input is
 * a 400 with the contract's key, an unknown company, project or identity a 404; a task checks its
 * input fully before it changes anything, so that an error leaves the state as it was.
 *
 * @param <C> what the task acts on
 */
public abstract class JsonTask<C extends TaskContext> implements RoutedTask {

  private static final Logger LOG = Logger.getLogger(JsonTask.class.getName());

  private final AdminRoute<?, ?> route;
  private final Attachment<C> context;

  protected JsonTask(AdminRoute<?, ?> route, Attachment<C> context) {
    this.route = Objects.requireNonNull(route);
    this.context = Objects.requireNonNull(context);
  }

  @Override
  public final AdminRoute<?, ?> route() {
    return route;
  }

  /**
   * The answer to {@code call}; throws {@link InvalidDataException} or {@link NotFoundException}.
   */
  protected abstract AdminResult run(C context, AdminCall call);

  @Override
  public final ResponseDefinition execute(Admin admin, ServeEvent event, PathParams params) {
    return respond(answer(event, params));
  }

  private AdminResult answer(ServeEvent event, PathParams params) {
    Optional<C> current = context.current();
    if (current.isEmpty()) {
      return AdminResult.error(503, "not_ready", "The mock server is still starting.");
    }
    try {
      return run(current.get(), new AdminCall(params, event.getRequest()));
    } catch (InvalidDataException e) {
      return AdminResult.error(400, current.get().invalidKey(), e.getMessage());
    } catch (NotFoundException e) {
      return AdminResult.error(404, "not_found", e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "admin call failed: " + route, e);
      return AdminResult.error(500, "internal_error", "The admin call failed: " + e.getMessage());
    }
  }

  private static ResponseDefinition respond(AdminResult result) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(result.status())
        .withHeader("Content-Type", "application/json")
        // Admin answers show the state of one moment; no cache may answer for a later one.
        .withHeader("Cache-Control", "no-store")
        .withBody(Json.bytes(result.body()))
        .build();
  }
}
