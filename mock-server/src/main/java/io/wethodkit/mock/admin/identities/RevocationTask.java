package io.wethodkit.mock.admin.identities;

import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRoute;
import io.wethodkit.mock.store.Identity;
import java.util.concurrent.atomic.AtomicReference;

/** Sets whether an identity's token is refused; a class per route, as WireMock needs. */
abstract class RevocationTask extends JsonTask<AdminState> {

  private final boolean revoked;

  RevocationTask(AdminRoute<?, ?> route, Attachment<AdminState> state, boolean revoked) {
    super(route, state);
    this.revoked = revoked;
  }

  @Override
  protected final AdminResult run(AdminState admin, AdminCall call) {
    String name = call.param("name");
    AtomicReference<Identity> updated = new AtomicReference<>();
    admin
        .state()
        .update(
            data -> {
              Identity identity = AdminState.identity(data, name).withRevoked(revoked);
              updated.set(identity);
              return data.withIdentity(identity);
            });
    return AdminResult.ok(admin.json().write(updated.get()));
  }
}
