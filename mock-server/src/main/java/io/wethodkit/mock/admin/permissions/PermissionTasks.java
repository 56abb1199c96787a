package io.wethodkit.mock.admin.permissions;

import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.RoutedTask;
import java.util.List;

/** The tasks of {@link io.wethodkit.mock.client.AdminRouteTable.Permissions}. */
public final class PermissionTasks {

  private PermissionTasks() {}

  public static List<RoutedTask> of(Attachment<AdminState> state) {
    return List.of(new SetPermissionsTask(state), new RemoveCompanyTask(state));
  }
}
