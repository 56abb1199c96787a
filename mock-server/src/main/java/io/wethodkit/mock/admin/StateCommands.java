package io.wethodkit.mock.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.mock.generate.DatasetGenerator;
import io.wethodkit.mock.generate.GeneratorSpec;
import io.wethodkit.mock.store.Company;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.DatasetJson;
import io.wethodkit.mock.store.Identity;
import io.wethodkit.mock.store.InvalidDataException;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.store.MockClock;
import io.wethodkit.mock.store.MockState;
import io.wethodkit.mock.store.NotFoundException;
import io.wethodkit.mock.store.Project;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The state changes of the admin API. Each one computes the next dataset from the current one and
 * fails before swapping anything when the input is invalid; {@code updated_at} and {@code
 * deleted_at} are stamped from the mock clock.
 */
final class StateCommands {

  private final MockState state;
  private final DatasetJson json;
  private final MockClock clock;

  StateCommands(MockState state, DatasetJson json) {
    this.state = state;
    this.json = json;
    this.clock = state.clock();
  }

  AdminResult reset() {
    state.reset();
    return AdminResult.message("The state is back to the loaded fixtures.");
  }

  AdminResult dataset() {
    return AdminResult.ok(json.write(state.snapshot()));
  }

  AdminResult replaceDataset(JsonNode body) {
    Dataset next = json.readDocument(body, "body");
    state.replace(next);
    return AdminResult.message(
        "The dataset now holds "
            + next.companies().size()
            + " companies, "
            + next.projectCount()
            + " projects and "
            + next.identities().size()
            + " identities.");
  }

  /**
   * Replaces the projects with generated ones, on the current companies and identities: {@code
   * {"projects": N, "seed": S}} (seed optional), as {@code --generate N:S} does.
   */
  AdminResult generate(JsonNode body) {
    ObjectNode node = object(body, "body");
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
    GeneratorSpec spec =
        new GeneratorSpec(
            projects.asInt(), seed == null ? GeneratorSpec.DEFAULT_SEED : seed.asLong());
    Dataset next = state.update(data -> new DatasetGenerator(json.contract()).generate(spec, data));
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

  AdminResult projects(String slug) {
    Dataset data = state.snapshot();
    company(data, slug);
    ArrayNode out = Json.MAPPER.createArrayNode();
    data.projects(slug).forEach(p -> out.add(p.json()));
    return AdminResult.ok(out);
  }

  AdminResult project(String slug, long id) {
    return AdminResult.ok(project(state.snapshot(), slug, id).json());
  }

  AdminResult createProject(String slug, JsonNode body) {
    AtomicReference<Project> created = new AtomicReference<>();
    state.update(
        data -> {
          Company company = company(data, slug);
          ObjectNode node = object(body, "body");
          String now = clock.stamp();
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
          Project project = json.projectRules().normalize(node, company, "body");
          created.set(project);
          return data.withProject(slug, project);
        });
    return AdminResult.created(created.get().json());
  }

  AdminResult updateProject(String slug, long id, JsonNode body) {
    AtomicReference<Project> updated = new AtomicReference<>();
    state.update(
        data -> {
          Project project = patched(data, slug, id, object(body, "body"), "body");
          updated.set(project);
          return data.withProject(slug, project);
        });
    return AdminResult.ok(updated.get().json());
  }

  /** Several partial updates applied together, or none of them. */
  AdminResult updateProjects(String slug, JsonNode body) {
    if (body == null || !body.isArray() || body.isEmpty()) {
      throw new InvalidDataException(
          "body", "must be a non-empty array of partial projects, each with its id");
    }
    List<Project> changed = new ArrayList<>();
    state.update(
        data -> {
          Set<Long> seen = new HashSet<>();
          for (int i = 0; i < body.size(); i++) {
            String where = "body[" + i + "]";
            ObjectNode patch = object(body.get(i), where);
            JsonNode id = patch.get(Project.ID);
            if (id == null || !id.canConvertToExactIntegral()) {
              throw new InvalidDataException(where + ".id", "must name the project to change");
            }
            if (!seen.add(id.asLong())) {
              throw new InvalidDataException(
                  where + ".id", "the project " + id + " is changed twice");
            }
            changed.add(patched(data, slug, id.asLong(), patch, where));
          }
          return data.withProjects(slug, changed);
        });
    ArrayNode out = Json.MAPPER.createArrayNode();
    changed.forEach(p -> out.add(p.json()));
    return AdminResult.ok(out);
  }

  AdminResult softDelete(String slug, long id) {
    AtomicReference<Project> updated = new AtomicReference<>();
    state.update(
        data -> {
          Project project = project(data, slug, id);
          if (!project.isNull(deletionField())) {
            throw new InvalidDataException("project " + id, "is already soft-deleted");
          }
          String now = clock.stamp();
          ObjectNode node = project.json();
          node.put(deletionField(), now);
          node.put(Project.UPDATED_AT, now);
          Project next = json.projectRules().normalize(node, company(data, slug), "project " + id);
          updated.set(next);
          return data.withProject(slug, next);
        });
    return AdminResult.ok(updated.get().json());
  }

  AdminResult restore(String slug, long id) {
    AtomicReference<Project> updated = new AtomicReference<>();
    state.update(
        data -> {
          Project project = project(data, slug, id);
          if (project.isNull(deletionField())) {
            throw new InvalidDataException("project " + id, "is not soft-deleted");
          }
          ObjectNode node = project.json();
          node.putNull(deletionField());
          node.put(Project.UPDATED_AT, clock.stamp());
          Project next = json.projectRules().normalize(node, company(data, slug), "project " + id);
          updated.set(next);
          return data.withProject(slug, next);
        });
    return AdminResult.ok(updated.get().json());
  }

  AdminResult hardDelete(String slug, long id) {
    state.update(
        data -> {
          project(data, slug, id);
          return data.withoutProject(slug, id);
        });
    return AdminResult.message("The project " + id + " is gone from " + slug + ".");
  }

  AdminResult identities() {
    ArrayNode out = Json.MAPPER.createArrayNode();
    state.snapshot().identities().forEach(identity -> out.add(json.write(identity)));
    return AdminResult.ok(out);
  }

  AdminResult identity(String name) {
    return AdminResult.ok(json.write(identity(state.snapshot(), name)));
  }

  AdminResult putIdentity(String name, JsonNode body) {
    ObjectNode node = object(body, "body");
    if (node.has("name") && !name.equals(node.get("name").asText())) {
      throw new InvalidDataException(
          "body.name", "differs from the name in the path ('" + name + "')");
    }
    Identity identity = json.readIdentity(name, node, "body");
    state.update(data -> data.withIdentity(identity));
    return AdminResult.ok(json.write(identity));
  }

  /** Changes the fields given; {@code permissions}, when given, replaces all of them. */
  AdminResult patchIdentity(String name, JsonNode body) {
    ObjectNode patch = object(body, "body");
    AtomicReference<Identity> updated = new AtomicReference<>();
    state.update(
        data -> {
          ObjectNode node = json.write(identity(data, name));
          Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
          while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equals("name") && !field.getValue().asText().equals(name)) {
              throw new InvalidDataException(
                  "body.name", "cannot change; add a new identity instead");
            }
            node.set(field.getKey(), field.getValue());
          }
          Identity identity = json.readIdentity(name, node, "body");
          updated.set(identity);
          return data.withIdentity(identity);
        });
    return AdminResult.ok(json.write(updated.get()));
  }

  AdminResult deleteIdentity(String name) {
    state.update(
        data -> {
          identity(data, name);
          return data.withoutIdentity(name);
        });
    return AdminResult.message("The identity " + name + " is gone.");
  }

  AdminResult revoke(String name, boolean revoked) {
    AtomicReference<Identity> updated = new AtomicReference<>();
    state.update(
        data -> {
          Identity identity = identity(data, name).withRevoked(revoked);
          updated.set(identity);
          return data.withIdentity(identity);
        });
    return AdminResult.ok(json.write(updated.get()));
  }

  AdminResult setPermissions(String name, String slug, JsonNode body) {
    Set<String> permissions = json.readPermissions(body, "body");
    AtomicReference<Identity> updated = new AtomicReference<>();
    state.update(
        data -> {
          company(data, slug);
          Identity identity = identity(data, name).withPermissions(slug, permissions);
          updated.set(identity);
          return data.withIdentity(identity);
        });
    return AdminResult.ok(json.write(updated.get()));
  }

  AdminResult removeCompany(String name, String slug) {
    AtomicReference<Identity> updated = new AtomicReference<>();
    state.update(
        data -> {
          company(data, slug);
          Identity identity = identity(data, name).withoutCompany(slug);
          updated.set(identity);
          return data.withIdentity(identity);
        });
    return AdminResult.ok(json.write(updated.get()));
  }

  AdminResult clock() {
    ObjectNode out = Json.object();
    out.put("mode", clock.fixedInstant().isPresent() ? "fixed" : "real");
    out.put("now", clock.stamp());
    return AdminResult.ok(out);
  }

  /** {@code {"mode": "fixed", "instant": "2025-01-01T00:00:00Z"}} or {@code {"mode": "real"}}. */
  AdminResult setClock(JsonNode body) {
    ObjectNode node = object(body, "body");
    String mode = node.path("mode").asText("");
    if (mode.equals("real")) {
      clock.useRealTime();
    } else if (mode.equals("fixed")) {
      JsonNode instant = node.get("instant");
      if (instant == null || !instant.isTextual()) {
        throw new InvalidDataException(
            "body.instant",
            "must be an ISO 8601 date-time with an offset, e.g. 2025-01-01T09:00:00Z");
      }
      clock.fix(instant(instant.textValue()));
    } else {
      throw new InvalidDataException(
          "body.mode", "must be \"fixed\" (with \"instant\") or \"real\"");
    }
    return clock();
  }

  private static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidDataException(
          "body.instant",
          "'" + text + "' is not an ISO 8601 date-time with an offset, e.g. 2025-01-01T09:00:00Z");
    }
  }

  private Project patched(Dataset data, String slug, long id, ObjectNode patch, String where) {
    Project project = project(data, slug, id);
    JsonNode patchId = patch.get(Project.ID);
    if (patchId != null && !(patchId.canConvertToExactIntegral() && patchId.asLong() == id)) {
      throw new InvalidDataException(where + ".id", "cannot change (the project is " + id + ")");
    }
    ObjectNode node = project.json();
    patch.fields().forEachRemaining(field -> node.set(field.getKey(), field.getValue()));
    if (!patch.has(Project.UPDATED_AT)) {
      node.put(Project.UPDATED_AT, clock.stamp());
    }
    return json.projectRules().normalize(node, company(data, slug), where);
  }

  private static Company company(Dataset data, String slug) {
    return data.company(slug)
        .orElseThrow(() -> new NotFoundException("No company has the slug '" + slug + "'."));
  }

  private static Project project(Dataset data, String slug, long id) {
    company(data, slug);
    return data.project(slug, id)
        .orElseThrow(
            () -> new NotFoundException("Company '" + slug + "' has no project " + id + "."));
  }

  private static Identity identity(Dataset data, String name) {
    return data.identity(name)
        .orElseThrow(() -> new NotFoundException("No identity is named '" + name + "'."));
  }

  private static ObjectNode object(JsonNode body, String where) {
    if (body == null || !body.isObject()) {
      throw new InvalidDataException(where, "must be a JSON object");
    }
    return ((ObjectNode) body).deepCopy();
  }

  /** The Project property that marks a soft delete, as the contract names it. */
  private String deletionField() {
    return json.contract().deletionFilter().field();
  }
}
