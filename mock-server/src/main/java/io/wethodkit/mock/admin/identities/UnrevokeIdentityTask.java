package io.wethodkit.mock.admin.identities;

import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.client.AdminRouteTable;

/** The identity's token is accepted again. */
final class UnrevokeIdentityTask extends RevocationTask {

  UnrevokeIdentityTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Identities.UNREVOKE, state, false);
  }
}
