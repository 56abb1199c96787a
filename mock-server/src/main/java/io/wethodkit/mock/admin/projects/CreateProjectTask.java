package io.wethodkit.mock.admin.projects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.store.Company;
import io.wethodkit.mock.store.InvalidDataException;
import io.wethodkit.mock.store.Project;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Adds a project to a company: without {@code id} it gets the next free one, and {@code created_at}
 * and {@code updated_at} default to the clock.
 */
final class CreateProjectTask extends JsonTask<AdminState> {

  CreateProjectTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Projects.CREATE, state);
  }

  @Override
  protected AdminResult run(AdminState admin, AdminCall call) {
    String slug = call.param("company");
    JsonNode body = call.body();
    AtomicReference<Project> created = new AtomicReference<>();
    admin
        .state()
        .update(
            data -> {
              Company company = AdminState.company(data, slug);
              ObjectNode node = AdminCall.object(body, "body");
              String now = admin.clock().stamp();
              if (!node.hasNonNull(Project.ID)) {
                node.put(Project.ID, data.nextProjectId());
              } else if (node.get(Project.ID).canConvertToLong()
                  && data.companyOfProject(node.get(Project.ID).asLong()).isPresent()) {
                throw new InvalidDataException(
                    "body.id", "the project id " + node.get(Project.ID) + " is already used");
              }
              if (!node.hasNonNull(Project.CREATED_AT)) {
                node.put(Project.CREATED_AT, now);
              }
              if (!node.hasNonNull(Project.UPDATED_AT)) {
                node.put(Project.UPDATED_AT, now);
              }
              Project project = admin.json().projectRules().normalize(node, company, "body");
              created.set(project);
              return data.withProject(slug, project);
            });
    return AdminResult.created(created.get().json());
  }
}
