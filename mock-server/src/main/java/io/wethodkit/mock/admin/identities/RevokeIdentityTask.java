package io.wethodkit.mock.admin.identities;

import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.client.AdminRouteTable;

/** The identity's token is refused with 401 from now on. */
final class RevokeIdentityTask extends RevocationTask {

  RevokeIdentityTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Identities.REVOKE, state, true);
  }
}
