package io.wethodkit.mock.admin.projects;

import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.RoutedTask;
import java.util.List;

/** The tasks of {@link io.wethodkit.mock.client.AdminRouteTable.Projects}. */
public final class ProjectTasks {

  private ProjectTasks() {}

  public static List<RoutedTask> of(Attachment<AdminState> state) {
    return List.of(
        new GetProjectsTask(state),
        new CreateProjectTask(state),
        new UpdateProjectsTask(state),
        new GetProjectTask(state),
        new UpdateProjectTask(state),
        new DeleteProjectTask(state),
        new SoftDeleteProjectTask(state),
        new RestoreProjectTask(state));
  }
}
