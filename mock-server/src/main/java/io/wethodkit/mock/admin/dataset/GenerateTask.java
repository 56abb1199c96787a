package io.wethodkit.mock.admin.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.generate.DatasetGenerator;
import io.wethodkit.mock.generate.GeneratorSpec;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.InvalidDataException;
import java.util.Iterator;

/**
 * Replaces the projects with generated ones, on the current companies and identities: {@code
 * {"projects": N, "seed": S}} (seed optional), as {@code --generate N:S} does.
 */
final class GenerateTask extends JsonTask<AdminState> {

  GenerateTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Dataset.GENERATE, state);
  }

  @Override
  protected AdminResult run(AdminState admin, AdminCall call) {
    GeneratorSpec spec = spec(call.objectBody());
    Dataset next =
        admin
            .state()
            .update(data -> new DatasetGenerator(admin.json().contract()).generate(spec, data));
    return AdminResult.message(
        "The dataset now holds "
            + next.projectCount()
            + " generated projects ("
            + spec
            + ") on its "
            + next.companies().size()
            + " companies and "
            + next.identities().size()
            + " identities.");
  }

  private static GeneratorSpec spec(ObjectNode node) {
    JsonNode projects = node.get("projects");
    if (projects == null || !projects.canConvertToExactIntegral() || !projects.canConvertToInt()) {
      throw new InvalidDataException("body.projects", "must be a whole number of projects");
    }
    JsonNode seed = node.get("seed");
    if (seed != null && (!seed.canConvertToExactIntegral() || !seed.canConvertToLong())) {
      throw new InvalidDataException("body.seed", "must be a whole number");
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!name.equals("projects") && !name.equals("seed")) {
        throw new InvalidDataException("body." + name, "is not an option of the generator");
      }
    }
    return new GeneratorSpec(
        projects.asInt(), seed == null ? GeneratorSpec.DEFAULT_SEED : seed.asLong());
  }
}
