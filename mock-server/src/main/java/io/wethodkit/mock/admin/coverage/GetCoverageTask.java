package io.wethodkit.mock.admin.coverage;

import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.store.Json;

/** Every behaviour of the endpoint: met or not, with an example or a request that meets it. */
final class GetCoverageTask extends JsonTask<AdminState> {

  GetCoverageTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Coverage.READ, state);
  }

  @Override
  protected AdminResult run(AdminState admin, AdminCall call) {
    return AdminResult.ok(Json.MAPPER.valueToTree(admin.coverage().current()));
  }
}
