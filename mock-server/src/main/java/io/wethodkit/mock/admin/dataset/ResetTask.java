package io.wethodkit.mock.admin.dataset;

import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;

/** Back to the loaded fixtures: data and clock. */
final class ResetTask extends JsonTask<AdminState> {

  ResetTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Dataset.RESET, state);
  }

  @Override
  protected AdminResult run(AdminState admin, AdminCall call) {
    admin.state().reset();
    return AdminResult.message("The state is back to the loaded fixtures.");
  }
}
