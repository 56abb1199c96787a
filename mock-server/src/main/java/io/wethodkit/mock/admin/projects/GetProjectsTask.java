package io.wethodkit.mock.admin.projects;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.Json;

/** Every project of a company, soft-deleted ones included. */
final class GetProjectsTask extends JsonTask<AdminState> {

  GetProjectsTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Projects.LIST, state);
  }

  @Override
  protected AdminResult run(AdminState admin, AdminCall call) {
    String slug = call.param("company");
    Dataset data = admin.state().snapshot();
    AdminState.company(data, slug);
    ArrayNode out = Json.MAPPER.createArrayNode();
    data.projects(slug).forEach(p -> out.add(p.json()));
    return AdminResult.ok(out);
  }
}
