package io.wethodkit.mock.admin.identities;

import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.RoutedTask;
import java.util.List;

/** The tasks of {@link io.wethodkit.mock.client.AdminRouteTable.Identities}. */
public final class IdentityTasks {

  private IdentityTasks() {}

  public static List<RoutedTask> of(Attachment<AdminState> state) {
    return List.of(
        new GetIdentitiesTask(state),
        new GetIdentityTask(state),
        new PutIdentityTask(state),
        new UpdateIdentityTask(state),
        new DeleteIdentityTask(state),
        new RevokeIdentityTask(state),
        new UnrevokeIdentityTask(state));
  }
}
