package io.wethodkit.mock.admin.projects;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.store.Project;
import java.util.concurrent.atomic.AtomicReference;

/** Changes the fields given of one project. */
final class UpdateProjectTask extends JsonTask<AdminState> {

  UpdateProjectTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Projects.UPDATE, state);
  }

  @Override
  protected AdminResult run(AdminState admin, AdminCall call) {
    String slug = call.param("company");
    long id = call.id();
    ObjectNode patch = call.objectBody();
    AtomicReference<Project> updated = new AtomicReference<>();
    admin
        .state()
        .update(
            data -> {
              Project project = ProjectPatch.apply(admin, data, slug, id, patch, "body");
              updated.set(project);
              return data.withProject(slug, project);
            });
    return AdminResult.ok(updated.get().json());
  }
}
