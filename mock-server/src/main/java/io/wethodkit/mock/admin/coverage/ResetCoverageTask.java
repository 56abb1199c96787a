package io.wethodkit.mock.admin.coverage;

import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;

/** Forgets the calls met so far, leaving the data as it is. */
final class ResetCoverageTask extends JsonTask<AdminState> {

  ResetCoverageTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Coverage.RESET, state);
  }

  @Override
  protected AdminResult run(AdminState admin, AdminCall call) {
    admin.coverage().reset();
    return AdminResult.message("The coverage starts again: no behaviour is covered.");
  }
}
