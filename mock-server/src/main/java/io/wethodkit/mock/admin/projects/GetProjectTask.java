package io.wethodkit.mock.admin.projects;

import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;

/** One project of a company. */
final class GetProjectTask extends JsonTask<AdminState> {

  GetProjectTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Projects.READ, state);
  }

  @Override
  protected AdminResult run(AdminState admin, AdminCall call) {
    return AdminResult.ok(
        AdminState.project(admin.state().snapshot(), call.param("company"), call.id()).json());
  }
}
