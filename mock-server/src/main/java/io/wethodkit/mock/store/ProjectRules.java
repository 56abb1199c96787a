package io.wethodkit.mock.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.contract.Contract;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a stored project must be: the contract's Project schema, its properties in the contract's
 * order (absent ones as null), then the {@code metadata_<id>} fields of the company's definitions
 * with one of their values.
 */
public final class ProjectRules {

  private static final String SCHEMA = "Project";

  private final Contract contract;
  private final JsonNode schema;
  private final List<String> properties;
  private final Set<String> propertySet;
  private final List<Pattern> patterns;
  private final Map<String, FieldForm> forms;

  public ProjectRules(Contract contract) {
    this.contract = contract;
    this.schema = contract.document().at("/components/schemas/" + SCHEMA);
    this.properties = new ArrayList<>();
    schema.path("properties").fieldNames().forEachRemaining(properties::add);
    this.propertySet = Set.copyOf(properties);
    this.patterns = new ArrayList<>();
    schema
        .path("patternProperties")
        .fieldNames()
        .forEachRemaining(p -> patterns.add(Pattern.compile(p)));
    this.forms = new LinkedHashMap<>();
    schema
        .path("properties")
        .fields()
        .forEachRemaining(
            property ->
                FieldForm.of(property.getValue())
                    .ifPresent(form -> forms.put(property.getKey(), form)));
  }

  /**
   * How {@code company}'s projects are stored: columns from the start for the fields that the
   * contract's filters, deletion filter and visibility compare; the properties and the company's
   * metadata fields packed to a byte each.
   */
  public TableLayout layout(Company company) {
    Set<String> indexed = new java.util.HashSet<>();
    contract.filters().forEach(filter -> indexed.add(filter.field()));
    indexed.add(contract.deletionFilter().field());
    indexed.addAll(contract.access().ownerFields());
    List<String> names = new ArrayList<>(properties);
    company.metadata().stream()
        .map(MetadataDefinition::id)
        .sorted()
        .forEach(id -> names.add(MetadataDefinition.FIELD_PREFIX + id));
    return TableLayout.of(indexed, names);
  }

  /** The contract's Project schema. */
  JsonNode schema() {
    return schema;
  }

  /** The form that the property {@code name}'s values must have, or null. */
  FieldForm form(String name) {
    return forms.get(name);
  }

  /** The contract's Project properties, in its order. */
  public List<String> properties() {
    return List.copyOf(properties);
  }

  /**
   * The project of {@code node} in {@code company}, normalized; {@code where} names it in errors. A
   * metadata field holding null or an empty string is dropped (it has no value).
   */
  public Project normalize(JsonNode node, Company company, String where) {
    if (node == null || !node.isObject()) {
      throw new InvalidDataException(where, "must be a JSON object (a Project)");
    }
    ObjectNode out = Json.object();
    for (String property : properties) {
      JsonNode value = node.get(property);
      out.set(property, value == null ? out.nullNode() : value);
    }
    Map<Long, JsonNode> metadata = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      if (propertySet.contains(name)) {
        continue;
      }
      if (!isMetadataField(name)) {
        throw new InvalidDataException(
            where + "." + name, "is not a property of the contract's Project");
      }
      JsonNode value = field.getValue();
      if (value.isNull() || (value.isTextual() && value.textValue().isEmpty())) {
        continue;
      }
      long id = metadataId(name, where);
      MetadataDefinition definition =
          company
              .metadata(id)
              .orElseThrow(
                  () ->
                      new InvalidDataException(
                          where + "." + name,
                          "company '" + company.slug() + "' has no metadata with id " + id));
      if (!value.isTextual() || !definition.values().contains(value.textValue())) {
        throw new InvalidDataException(
            where + "." + name,
            "must be one of "
                + definition.values()
                + " (the values of metadata '"
                + definition.key()
                + "')");
      }
      metadata.put(id, value);
    }
    metadata.forEach((id, value) -> out.set(MetadataDefinition.FIELD_PREFIX + id, value));
    List<String> problems = contract.schemas().validateComponent(SCHEMA, out);
    if (!problems.isEmpty()) {
      throw new InvalidDataException(
          where, "does not match the contract's Project schema: " + String.join("; ", problems));
    }
    // The schema lets through forms (11.0, a lower-case t) that filters and ownership would then
    // read differently from the contract's text forms: refuse them here, before they are stored.
    forms.forEach(
        (property, form) -> {
          JsonNode value = out.get(property);
          if (!value.isNull() && !form.holds(value)) {
            throw new InvalidDataException(where + "." + property, form.requirement());
          }
        });
    return Project.of(out);
  }

  /** Whether {@code name}, not a property, names a metadata field. */
  boolean isMetadataField(String name) {
    if (!name.startsWith(MetadataDefinition.FIELD_PREFIX)) {
      return false;
    }
    for (Pattern pattern : patterns) {
      if (pattern.matcher(name).find()) {
        return true;
      }
    }
    return false;
  }

  private static long metadataId(String name, String where) {
    try {
      return Long.parseLong(name.substring(MetadataDefinition.FIELD_PREFIX.length()));
    } catch (NumberFormatException e) {
      throw new InvalidDataException(where + "." + name, "is not a metadata field");
    }
  }
}
