package io.wethodkit.mock.admin.permissions;

import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.store.Identity;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/** Sets an identity's permissions in one company. */
final class SetPermissionsTask extends JsonTask<AdminState> {

  SetPermissionsTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Permissions.SET, state);
  }

  @Override
  protected AdminResult run(AdminState admin, AdminCall call) {
    String name = call.param("name");
    String slug = call.param("company");
    Set<String> permissions = admin.json().readPermissions(call.body(), "body");
    AtomicReference<Identity> updated = new AtomicReference<>();
    admin
        .state()
        .update(
            data -> {
              AdminState.company(data, slug);
              Identity identity =
                  AdminState.identity(data, name).withPermissions(slug, permissions);
              updated.set(identity);
              return data.withIdentity(identity);
            });
    return AdminResult.ok(admin.json().write(updated.get()));
  }
}
