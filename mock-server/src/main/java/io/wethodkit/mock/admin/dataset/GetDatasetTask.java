package io.wethodkit.mock.admin.dataset;

import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;

/** The whole dataset, in the format {@link ReplaceDatasetTask} takes. */
final class GetDatasetTask extends JsonTask<AdminState> {

  GetDatasetTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Dataset.READ, state);
  }

  @Override
  protected AdminResult run(AdminState admin, AdminCall call) {
    return AdminResult.ok(admin.json().write(admin.state().snapshot()));
  }
}
