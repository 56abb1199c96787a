package io.wethodkit.mock.admin.identities;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.store.Json;

/** Every identity. */
final class GetIdentitiesTask extends JsonTask<AdminState> {

  GetIdentitiesTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Identities.LIST, state);
  }

  @Override
  protected AdminResult run(AdminState admin, AdminCall call) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    admin
        .state()
        .snapshot()
        .identities()
        .forEach(identity -> out.add(admin.json().write(identity)));
    return AdminResult.ok(out);
  }
}
