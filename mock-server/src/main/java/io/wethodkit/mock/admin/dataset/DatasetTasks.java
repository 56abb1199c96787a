package io.wethodkit.mock.admin.dataset;

import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.RoutedTask;
import java.util.List;

/** The tasks of {@link io.wethodkit.mock.client.AdminRouteTable.Dataset}. */
public final class DatasetTasks {

  private DatasetTasks() {}

  public static List<RoutedTask> of(Attachment<AdminState> state) {
    return List.of(
        new ResetTask(state),
        new GenerateTask(state),
        new GetDatasetTask(state),
        new ReplaceDatasetTask(state));
  }
}
