package io.wethodkit.mock.admin.projects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.store.InvalidDataException;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.store.Project;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Several partial updates of a company's projects applied together, or none of them. */
final class UpdateProjectsTask extends JsonTask<AdminState> {

  UpdateProjectsTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Projects.UPDATE_MANY, state);
  }

  @Override
  protected AdminResult run(AdminState admin, AdminCall call) {
    String slug = call.param("company");
    JsonNode body = call.body();
    if (body == null || !body.isArray() || body.isEmpty()) {
      throw new InvalidDataException(
          "body", "must be a non-empty array of partial projects, each with its id");
    }
    List<Project> changed = new ArrayList<>();
    admin
        .state()
        .update(
            data -> {
              Set<Long> seen = new HashSet<>();
              for (int i = 0; i < body.size(); i++) {
                String where = "body[" + i + "]";
                ObjectNode patch = AdminCall.object(body.get(i), where);
                JsonNode id = patch.get(Project.ID);
                if (id == null || !id.canConvertToExactIntegral()) {
                  throw new InvalidDataException(where + ".id", "must name the project to change");
                }
                if (!seen.add(id.asLong())) {
                  throw new InvalidDataException(
                      where + ".id", "the project " + id + " is changed twice");
                }
                changed.add(ProjectPatch.apply(admin, data, slug, id.asLong(), patch, where));
              }
              return data.withProjects(slug, changed);
            });
    ArrayNode out = Json.MAPPER.createArrayNode();
    changed.forEach(p -> out.add(p.json()));
    return AdminResult.ok(out);
  }
}
