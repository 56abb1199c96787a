package io.wethodkit.mock.admin.permissions;

import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.store.Identity;
import java.util.concurrent.atomic.AtomicReference;

/** Takes a company away from an identity: its calls there are refused with 403. */
final class RemoveCompanyTask extends JsonTask<AdminState> {

  RemoveCompanyTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Permissions.REMOVE_COMPANY, state);
  }

  @Override
  protected AdminResult run(AdminState admin, AdminCall call) {
    String name = call.param("name");
    String slug = call.param("company");
    AtomicReference<Identity> updated = new AtomicReference<>();
    admin
        .state()
        .update(
            data -> {
              AdminState.company(data, slug);
              Identity identity = AdminState.identity(data, name).withoutCompany(slug);
              updated.set(identity);
              return data.withIdentity(identity);
            });
    return AdminResult.ok(admin.json().write(updated.get()));
  }
}
