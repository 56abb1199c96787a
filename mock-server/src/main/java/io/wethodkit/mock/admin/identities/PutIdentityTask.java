package io.wethodkit.mock.admin.identities;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.store.Identity;
import io.wethodkit.mock.store.InvalidDataException;

/** Adds an identity, or replaces the one of the same name. */
final class PutIdentityTask extends JsonTask<AdminState> {

  PutIdentityTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Identities.PUT, state);
  }

  @Override
  protected AdminResult run(AdminState admin, AdminCall call) {
    String name = call.param("name");
    ObjectNode node = call.objectBody();
    if (node.has("name") && !name.equals(node.get("name").asText())) {
      throw new InvalidDataException(
          "body.name", "differs from the name in the path ('" + name + "')");
    }
    Identity identity = admin.json().readIdentity(name, node, "body");
    admin.state().update(data -> data.withIdentity(identity));
    return AdminResult.ok(admin.json().write(identity));
  }
}
