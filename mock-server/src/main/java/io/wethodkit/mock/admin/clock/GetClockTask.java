package io.wethodkit.mock.admin.clock;

import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;

/** Whether the mock clock is fixed, and its time. */
final class GetClockTask extends JsonTask<AdminState> {

  GetClockTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Clock.READ, state);
  }

  @Override
  protected AdminResult run(AdminState admin, AdminCall call) {
    return ClockTasks.state(admin.clock());
  }
}
