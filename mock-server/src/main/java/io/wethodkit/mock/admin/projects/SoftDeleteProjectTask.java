package io.wethodkit.mock.admin.projects;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.store.InvalidDataException;
import io.wethodkit.mock.store.Project;
import java.util.concurrent.atomic.AtomicReference;

/** Stamps the contract's deletion field: the project leaves the default listing. */
final class SoftDeleteProjectTask extends JsonTask<AdminState> {

  SoftDeleteProjectTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Projects.SOFT_DELETE, state);
  }

  @Override
  protected AdminResult run(AdminState admin, AdminCall call) {
    String slug = call.param("company");
    long id = call.id();
    String deletion = admin.deletionField();
    AtomicReference<Project> updated = new AtomicReference<>();
    admin
        .state()
        .update(
            data -> {
              Project project = AdminState.project(data, slug, id);
              if (!project.isNull(deletion)) {
                throw new InvalidDataException("project " + id, "is already soft-deleted");
              }
              String now = admin.clock().stamp();
              ObjectNode patch = JsonNodeFactory.instance.objectNode();
              patch.put(deletion, now).put(Project.UPDATED_AT, now);
              Project next = ProjectPatch.apply(admin, data, slug, id, patch, "project " + id);
              updated.set(next);
              return data.withProject(slug, next);
            });
    return AdminResult.ok(updated.get().json());
  }
}
