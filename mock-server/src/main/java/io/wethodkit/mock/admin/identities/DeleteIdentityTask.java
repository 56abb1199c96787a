package io.wethodkit.mock.admin.identities;

import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;

/** Removes an identity: its token is unknown from now on. */
final class DeleteIdentityTask extends JsonTask<AdminState> {

  DeleteIdentityTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Identities.DELETE, state);
  }

  @Override
  protected AdminResult run(AdminState admin, AdminCall call) {
    String name = call.param("name");
    admin
        .state()
        .update(
            data -> {
              AdminState.identity(data, name);
              return data.withoutIdentity(name);
            });
    return AdminResult.message("The identity " + name + " is gone.");
  }
}
