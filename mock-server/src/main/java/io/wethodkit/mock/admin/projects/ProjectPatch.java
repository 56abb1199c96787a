package io.wethodkit.mock.admin.projects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.InvalidDataException;
import io.wethodkit.mock.store.Project;

/**
 * A partial update of one project: the fields given replace the stored ones ({@code null} clears
 * one), the id cannot change, and {@code updated_at} is stamped unless the patch sets it.
 */
final class ProjectPatch {

  private ProjectPatch() {}

  /** The project as {@code patch} leaves it, checked by the contract's rules. */
  static Project apply(
      AdminState admin, Dataset data, String slug, long id, ObjectNode patch, String where) {
    Project project = AdminState.project(data, slug, id);
    JsonNode patchId = patch.get(Project.ID);
    if (patchId != null && !(patchId.canConvertToExactIntegral() && patchId.asLong() == id)) {
      throw new InvalidDataException(where + ".id", "cannot change (the project is " + id + ")");
    }
    ObjectNode node = project.json();
    patch.fields().forEachRemaining(field -> node.set(field.getKey(), field.getValue()));
    if (!patch.has(Project.UPDATED_AT)) {
      node.put(Project.UPDATED_AT, admin.clock().stamp());
    }
    return admin.json().projectRules().normalize(node, AdminState.company(data, slug), where);
  }
}
