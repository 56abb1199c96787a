package io.wethodkit.mock.admin.identities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.store.Identity;
import io.wethodkit.mock.store.InvalidDataException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** Changes the fields given of an identity; {@code permissions}, when given, replaces all. */
final class UpdateIdentityTask extends JsonTask<AdminState> {

  UpdateIdentityTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Identities.UPDATE, state);
  }

  @Override
  protected AdminResult run(AdminState admin, AdminCall call) {
    String name = call.param("name");
    ObjectNode patch = call.objectBody();
    AtomicReference<Identity> updated = new AtomicReference<>();
    admin
        .state()
        .update(
            data -> {
              ObjectNode node = admin.json().write(AdminState.identity(data, name));
              Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
              while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("name") && !field.getValue().asText().equals(name)) {
                  throw new InvalidDataException(
                      "body.name", "cannot change; add a new identity instead");
                }
                node.set(field.getKey(), field.getValue());
              }
              Identity identity = admin.json().readIdentity(name, node, "body");
              updated.set(identity);
              return data.withIdentity(identity);
            });
    return AdminResult.ok(admin.json().write(updated.get()));
  }
}
