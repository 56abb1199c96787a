package io.wethodkit.mock.admin.coverage;

import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.RoutedTask;
import java.util.List;

/** The tasks of {@link io.wethodkit.mock.client.AdminRouteTable.Coverage}. */
public final class CoverageTasks {

  private CoverageTasks() {}

  public static List<RoutedTask> of(Attachment<AdminState> state) {
    return List.of(new GetCoverageTask(state), new ResetCoverageTask(state));
  }
}
