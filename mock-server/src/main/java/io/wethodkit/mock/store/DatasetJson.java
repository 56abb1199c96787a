package io.wethodkit.mock.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.contract.Contract;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The fixture format (companies, identities, projects per company) read into a {@link Dataset} with
 * every check, and written back. Errors name the file or JSON location and the problem.
 */
public final class DatasetJson {

  private final Contract contract;
  private final ProjectRules projectRules;
  private final Set<String> permissions;

  public DatasetJson(Contract contract) {
    this.contract = contract;
    this.projectRules = new ProjectRules(contract);
    this.permissions = contract.access().permissions().keySet();
  }

  /** The contract whose Project schema and permissions the data must follow. */
  public Contract contract() {
    return contract;
  }

  public ProjectRules projectRules() {
    return projectRules;
  }

  /**
   * Reads a whole dataset.
   *
   * @param companies the companies array
   * @param companiesWhere how errors name it, e.g. {@code companies.json}
   * @param identities the identities array
   * @param identitiesWhere how errors name it
   * @param tables the projects of a company, read with {@link #readTable}
   */
  public Dataset read(
      JsonNode companies,
      String companiesWhere,
      JsonNode identities,
      String identitiesWhere,
      Function<Company, ProjectTable> tables) {
    List<Company> companyList = readCompanies(companies, companiesWhere);
    Map<String, ProjectTable> projects = new LinkedHashMap<>();
    for (Company company : companyList) {
      projects.put(company.slug(), tables.apply(company));
    }
    List<Identity> identityList = new ArrayList<>();
    requireArray(identities, identitiesWhere);
    for (int i = 0; i < identities.size(); i++) {
      identityList.add(readIdentity(identities.get(i), identitiesWhere + "[" + i + "]"));
    }
    return Dataset.ofTables(companyList, projects, identityList);
  }

  /**
   * The projects of {@code company} from its items in order, each first given to {@code check} with
   * its index; {@code where} names them in errors.
   */
  ProjectTable readTable(
      Iterator<JsonNode> items, ProjectTableLoader.ItemCheck check, Company company, String where) {
    return new ProjectTableLoader(projectRules, projectRules.layout(company))
        .load(items, check, company, where);
  }

  /**
   * Reads the dataset of one JSON object {@code {"companies", "identities", "projects": {slug:
   * [...]}}}.
   */
  public Dataset readDocument(JsonNode document, String where) {
    if (document == null || !document.isObject()) {
      throw new InvalidDataException(
          where, "must be an object with companies, identities and projects");
    }
    JsonNode projects = document.path("projects");
    if (!projects.isObject()) {
      throw new InvalidDataException(
          where + ".projects", "must be an object of project arrays per company slug");
    }
    List<String> known = new ArrayList<>();
    document.path("companies").forEach(c -> known.add(c.path("slug").asText()));
    projects
        .fieldNames()
        .forEachRemaining(
            slug -> {
              if (!known.contains(slug)) {
                throw new InvalidDataException(
                    where + ".projects." + slug,
                    "no company of the dataset has the slug '" + slug + "'");
              }
            });
    return read(
        document.get("companies"),
        where + ".companies",
        document.get("identities"),
        where + ".identities",
        company -> {
          String at = where + ".projects." + company.slug();
          JsonNode array = projects.path(company.slug());
          if (array.isMissingNode()) {
            return ProjectTable.of(List.of());
          }
          requireArray(array, at);
          return readTable(array.elements(), ProjectTableLoader.ItemCheck.NONE, company, at);
        });
  }

  private List<Company> readCompanies(JsonNode array, String where) {
    requireArray(array, where);
    if (array.isEmpty()) {
      throw new InvalidDataException(where, "lists no company");
    }
    List<Company> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String at = where + "[" + i + "]";
      JsonNode node = requireObject(array.get(i), at);
      String slug = text(node, "slug", at, true);
      String name = node.has("name") ? text(node, "name", at, false) : slug;
      List<MetadataDefinition> metadata = new ArrayList<>();
      JsonNode definitions = node.path("metadata");
      if (!definitions.isMissingNode() && !definitions.isNull()) {
        requireArray(definitions, at + ".metadata");
        for (int j = 0; j < definitions.size(); j++) {
          metadata.add(readMetadata(definitions.get(j), at + ".metadata[" + j + "]"));
        }
      }
      out.add(new Company(slug, name, metadata));
    }
    return out;
  }

  private MetadataDefinition readMetadata(JsonNode node, String at) {
    requireObject(node, at);
    JsonNode id = node.get("id");
    if (id == null || !id.canConvertToExactIntegral() || id.asLong() < 1) {
      throw new InvalidDataException(at + ".id", "must be an integer of at least 1");
    }
    String key = text(node, "key", at, true);
    JsonNode values = node.get("values");
    requireArray(values, at + ".values");
    List<String> list = new ArrayList<>();
    for (JsonNode value : values) {
      if (!value.isTextual() || value.textValue().isEmpty()) {
        throw new InvalidDataException(at + ".values", "must hold non-empty strings");
      }
      list.add(value.textValue());
    }
    JsonNode required = node.path("is_required");
    if (!required.isMissingNode() && !required.isBoolean()) {
      throw new InvalidDataException(at + ".is_required", "must be true or false");
    }
    return new MetadataDefinition(id.asLong(), key, list, required.asBoolean(false));
  }

  /** Reads one identity in the fixture format; {@code at} names it in errors. */
  public Identity readIdentity(JsonNode node, String at) {
    requireObject(node, at);
    String name = text(node, "name", at, true);
    return readIdentity(name, node, at);
  }

  /** Reads one identity whose name is given apart (the admin API puts it in the path). */
  public Identity readIdentity(String name, JsonNode node, String at) {
    requireObject(node, at);
    String description = node.has("description") ? text(node, "description", at, false) : "";
    String token = text(node, "token", at, true);
    if (!token.equals(token.strip()) || token.chars().anyMatch(c -> c <= ' ' || c == 127)) {
      throw new InvalidDataException(
          at + ".token", "must not contain spaces or control characters");
    }
    JsonNode person = node.get("personId");
    if (person == null
        || !person.canConvertToExactIntegral()
        || !person.canConvertToLong()
        || person.asLong() < 1) {
      throw new InvalidDataException(at + ".personId", "must be an integer of at least 1");
    }
    JsonNode revoked = node.path("revoked");
    if (!revoked.isMissingNode() && !revoked.isBoolean()) {
      throw new InvalidDataException(at + ".revoked", "must be true or false");
    }
    JsonNode grants = node.path("permissions");
    Map<String, Set<String>> permissionMap = new LinkedHashMap<>();
    if (!grants.isMissingNode()) {
      requireObject(grants, at + ".permissions");
      grants
          .fields()
          .forEachRemaining(
              entry ->
                  permissionMap.put(
                      entry.getKey(),
                      readPermissions(entry.getValue(), at + ".permissions." + entry.getKey())));
    }
    return new Identity(
        name, description, token, person.asLong(), revoked.asBoolean(false), permissionMap);
  }

  /** Reads a list of permission names, each one the contract defines. */
  public Set<String> readPermissions(JsonNode array, String at) {
    requireArray(array, at);
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode permission : array) {
      if (!permission.isTextual() || !permissions.contains(permission.textValue())) {
        throw new InvalidDataException(
            at,
            "holds "
                + permission
                + ", which is not one of the contract's permissions "
                + permissions);
      }
      out.add(permission.textValue());
    }
    return out;
  }

  /** The dataset as one JSON document, the format {@link #readDocument} reads. */
  public ObjectNode write(Dataset dataset) {
    ObjectNode root = Json.object();
    ArrayNode companies = root.putArray("companies");
    for (Company company : dataset.companies()) {
      ObjectNode node = companies.addObject();
      node.put("slug", company.slug());
      node.put("name", company.name());
      ArrayNode metadata = node.putArray("metadata");
      for (MetadataDefinition definition : company.metadata()) {
        ObjectNode m = metadata.addObject();
        m.put("id", definition.id());
        m.put("key", definition.key());
        definition.values().forEach(m.putArray("values")::add);
        m.put("is_required", definition.required());
      }
    }
    ArrayNode identities = root.putArray("identities");
    dataset.identities().forEach(identity -> identities.add(write(identity)));
    ObjectNode projects = root.putObject("projects");
    for (Company company : dataset.companies()) {
      ArrayNode array = projects.putArray(company.slug());
      dataset.projects(company.slug()).forEach(p -> array.add(p.json()));
    }
    return root;
  }

  public ObjectNode write(Identity identity) {
    ObjectNode node = Json.object();
    node.put("name", identity.name());
    node.put("description", identity.description());
    node.put("token", identity.token());
    node.put("personId", identity.personId());
    node.put("revoked", identity.revoked());
    ObjectNode grants = node.putObject("permissions");
    identity
        .permissions()
        .forEach((company, granted) -> granted.forEach(grants.putArray(company)::add));
    return node;
  }

  private static String text(JsonNode node, String field, String at, boolean nonBlank) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || (nonBlank && value.textValue().isBlank())) {
      throw new InvalidDataException(
          at + "." + field, nonBlank ? "must be a non-empty string" : "must be a string");
    }
    return value.textValue();
  }

  private static void requireArray(JsonNode node, String at) {
    if (node == null || !node.isArray()) {
      throw new InvalidDataException(at, "must be a JSON array");
    }
  }

  private static JsonNode requireObject(JsonNode node, String at) {
    if (node == null || !node.isObject()) {
      throw new InvalidDataException(at, "must be a JSON object");
    }
    return node;
  }
}
