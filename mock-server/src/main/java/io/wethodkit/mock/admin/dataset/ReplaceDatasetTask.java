package io.wethodkit.mock.admin.dataset;

import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.store.Dataset;

/** Replaces the whole dataset, read and checked in full first. */
final class ReplaceDatasetTask extends JsonTask<AdminState> {

  ReplaceDatasetTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Dataset.REPLACE, state);
  }

  @Override
  protected AdminResult run(AdminState admin, AdminCall call) {
    Dataset next = admin.json().readDocument(call.body(), "body");
    admin.state().replace(next);
    return AdminResult.message(
        "The dataset now holds "
            + next.companies().size()
            + " companies, "
            + next.projectCount()
            + " projects and "
            + next.identities().size()
            + " identities.");
  }
}
