package io.wethodkit.mock.admin.identities;

import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;

/** One identity, by name. */
final class GetIdentityTask extends JsonTask<AdminState> {

  GetIdentityTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Identities.READ, state);
  }

  @Override
  protected AdminResult run(AdminState admin, AdminCall call) {
    return AdminResult.ok(
        admin.json().write(AdminState.identity(admin.state().snapshot(), call.param("name"))));
  }
}
