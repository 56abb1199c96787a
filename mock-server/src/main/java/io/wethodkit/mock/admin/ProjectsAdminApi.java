package io.wethodkit.mock.admin;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import io.wethodkit.mock.admin.clock.ClockTasks;
import io.wethodkit.mock.admin.coverage.CoverageTasks;
import io.wethodkit.mock.admin.dataset.DatasetTasks;
import io.wethodkit.mock.admin.identities.IdentityTasks;
import io.wethodkit.mock.admin.permissions.PermissionTasks;
import io.wethodkit.mock.admin.projects.ProjectTasks;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.RoutedTask;
import io.wethodkit.mock.admin.task.TaskRouter;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.client.MockCoverage;
import io.wethodkit.mock.store.DatasetJson;
import io.wethodkit.mock.store.MockState;
import java.util.List;
import java.util.stream.Stream;

/**
 * The admin API of the mock's state, under WireMock's admin path ({@code /__admin}) at {@value
 * #ROOT}: one task per route of {@link AdminRouteTable} for the dataset, projects, identities,
 * permissions, clock and coverage. Every change is checked fully before it applies, so a 400 leaves
 * the state as it was.
 */
public final class ProjectsAdminApi implements AdminApiExtension {

  /** Where the routes live below {@code /__admin}. */
  public static final String ROOT = AdminRouteTable.ROOT;

  private final Attachment<AdminState> state = new Attachment<>();
  private final List<RoutedTask> tasks =
      Stream.of(
              DatasetTasks.of(state),
              ProjectTasks.of(state),
              IdentityTasks.of(state),
              PermissionTasks.of(state),
              ClockTasks.of(state),
              CoverageTasks.of(state))
          .flatMap(List::stream)
          .toList();

  /** Serves {@code state} from now on (WireMock is built, and asks for the routes, first). */
  public void attach(MockState state, DatasetJson json, MockCoverage coverage) {
    this.state.attach(new AdminState(state, json, coverage));
  }

  @Override
  public String getName() {
    return "wethod-projects-admin";
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
