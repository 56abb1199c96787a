package io.wethodkit.mock.admin.projects;

import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;

/** Removes a project altogether (a hard delete). */
final class DeleteProjectTask extends JsonTask<AdminState> {

  DeleteProjectTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Projects.DELETE, state);
  }

  @Override
  protected AdminResult run(AdminState admin, AdminCall call) {
    String slug = call.param("company");
    long id = call.id();
    admin
        .state()
        .update(
            data -> {
              AdminState.project(data, slug, id);
              return data.withoutProject(slug, id);
            });
    return AdminResult.message("The project " + id + " is gone from " + slug + ".");
  }
}
