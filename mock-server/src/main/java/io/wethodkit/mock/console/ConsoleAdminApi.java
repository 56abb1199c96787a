package io.wethodkit.mock.console;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import io.wethodkit.contract.Contract;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.RoutedTask;
import io.wethodkit.mock.admin.task.TaskRouter;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.endpoint.ProjectsEndpoint;
import io.wethodkit.mock.store.MockState;
import java.util.List;

/**
 * The console's admin routes ({@link AdminRouteTable.Console}), under {@code
 * /__admin/projects-mock/console}: the page itself, the model its form is built from, the recent
 * calls and the explanation of a call. Being admin routes, they are guarded by the admin token
 * whenever the server has one.
 */
public final class ConsoleAdminApi implements AdminApiExtension {

  /** Where the routes live below {@code /__admin}. */
  public static final String ROOT = AdminRouteTable.Console.PAGE.template();

  static final String HTML = "text/html; charset=utf-8";

  private final Attachment<ConsoleContext> context = new Attachment<>();
  private final List<RoutedTask> tasks;

  /** Routes that answer 503 (apart from the page) until {@link #attach} gives them the endpoint. */
  public ConsoleAdminApi(ConsolePage page) {
    this.tasks =
        List.of(
            new ConsolePageTask(page),
            new ConsoleModelTask(context),
            new RecentCallsTask(context),
            new ExplainTask(context));
  }

  /** Serves the console of {@code endpoint} from now on. */
  public void attach(
      Contract contract, ProjectsEndpoint endpoint, MockState state, RecentCalls calls) {
    context.attach(
        new ConsoleContext(
            state,
            calls,
            new ConsoleModel(contract, AdminRouteTable.ADMIN_PATH + AdminRouteTable.ROOT),
            new Explainer(contract, endpoint),
            contract.error(400).key()));
  }

  @Override
  public String getName() {
    return "wethod-projects-console";
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    TaskRouter.add(router, tasks);
  }

  /** The tasks it serves, one per route. */
  public List<RoutedTask> tasks() {
    return tasks;
  }
}
