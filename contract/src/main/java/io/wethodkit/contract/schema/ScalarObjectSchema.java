package io.wethodkit.contract.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A JSON Schema (2020-12) of an object whose properties hold scalars, read into per-property rules
 * that a streaming reader applies field by field as it meets them, with no JSON tree: the checks a
 * validator would make of each object, at a small part of the cost. The rules are read from the
 * schema, never restated: {@code properties}, {@code patternProperties}, {@code
 * additionalProperties} (true or false), {@code propertyNames} (a pattern) and {@code required},
 * and in each property's subschema the {@code type}, numeric bounds, lengths, {@code pattern} and
 * {@code format} (date, date-time). A schema with any other assertion has no such reading ({@link
 * #compile} is empty): its readers keep the validator.
 *
 * <p>Where a property's declared type allows integers, a number written with a fraction ({@code
 * 11.0}) is refused, as every reader of the kit's data requires (JSON Schema alone would take it).
 */
public final class ScalarObjectSchema {

  private static final Set<String> ROOT_KEYWORDS =
      Set.of(
          "type",
          "properties",
          "patternProperties",
          "additionalProperties",
          "propertyNames",
          "required",
          "title",
          "description",
          "$comment",
          "$schema",
          "$id",
          "examples",
          "example",
          "default",
          "deprecated",
          "readOnly",
          "writeOnly");

  private static final Set<String> NAME_KEYWORDS =
      Set.of("pattern", "title", "description", "$comment");

  /** Rules remembered for this many property names (a dataset has a few dozen). */
  private static final int REMEMBERED_NAMES = 4096;

  private final Map<String, Subschema> properties;
  private final List<Map.Entry<RegularExpression, Subschema>> patternProperties;
  private final boolean additionalAllowed;
  private final RegularExpression propertyNames;
  private final boolean anyNameAllowed;
  private final List<String> required;
  private final Map<String, ScalarRules> fields = new ConcurrentHashMap<>();

  private ScalarObjectSchema(JsonNode schema) {
    if (!schema.isObject()) {
      throw new UnsupportedSchemaException("the schema is not an object schema");
    }
    schema
        .fieldNames()
        .forEachRemaining(
            keyword -> {
              if (!keyword.startsWith("x-") && !ROOT_KEYWORDS.contains(keyword)) {
                throw new UnsupportedSchemaException("the schema uses " + keyword);
              }
            });
    JsonNode type = schema.get("type");
    if (type != null && !(type.isTextual() && type.textValue().equals("object"))) {
      throw new UnsupportedSchemaException("the schema is not of type object");
    }
    properties = new LinkedHashMap<>();
    schema
        .path("properties")
        .fields()
        .forEachRemaining(
            e -> properties.put(e.getKey(), new Subschema(e.getValue(), e.getKey(), true)));
    patternProperties = new ArrayList<>();
    schema
        .path("patternProperties")
        .fields()
        .forEachRemaining(
            e ->
                patternProperties.add(
                    Map.entry(regex(e.getKey()), new Subschema(e.getValue(), e.getKey(), false))));
    JsonNode additional = schema.path("additionalProperties");
    if (additional.isMissingNode() || additional.isBoolean()) {
      additionalAllowed = additional.isMissingNode() || additional.booleanValue();
    } else if (additional.isObject() && additional.isEmpty()) {
      additionalAllowed = true;
    } else {
      throw new UnsupportedSchemaException("additionalProperties is a schema");
    }
    JsonNode names = schema.path("propertyNames");
    if (names.isMissingNode() || names.isBoolean()) {
      propertyNames = null;
      anyNameAllowed = names.isMissingNode() || names.booleanValue();
    } else {
      names
          .fieldNames()
          .forEachRemaining(
              keyword -> {
                if (!keyword.startsWith("x-") && !NAME_KEYWORDS.contains(keyword)) {
                  throw new UnsupportedSchemaException("propertyNames uses " + keyword);
                }
              });
      propertyNames = names.has("pattern") ? regex(names.get("pattern").asText()) : null;
      anyNameAllowed = true;
    }
    required = new ArrayList<>();
    schema.path("required").forEach(name -> required.add(name.asText()));
  }

  /** The rules of {@code schema}, or empty when it uses an assertion they do not cover. */
  public static Optional<ScalarObjectSchema> compile(JsonNode schema) {
    try {
      return Optional.of(new ScalarObjectSchema(schema));
    } catch (UnsupportedSchemaException unsupported) {
      return Optional.empty();
    }
  }

  /** The properties that an object must have. */
  public List<String> required() {
    return List.copyOf(required);
  }

  /** The names of {@code properties}, in the schema's order. */
  public List<String> propertyNames() {
    return List.copyOf(properties.keySet());
  }

  /** What the property {@code name} may hold; thread-safe. */
  public ScalarRules field(String name) {
    ScalarRules known = fields.get(name);
    if (known != null) {
      return known;
    }
    ScalarRules rules = rulesOf(name);
    if (fields.size() < REMEMBERED_NAMES) {
      fields.put(name, rules);
    }
    return rules;
  }

  /** Whether the JSON object {@code object} satisfies the schema (the same verdicts, on a tree). */
  public boolean accepts(JsonNode object) {
    if (!object.isObject()) {
      return false;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!field(field.getKey()).accepts(field.getValue())) {
        return false;
      }
    }
    for (String name : required) {
      if (!object.has(name)) {
        return false;
      }
    }
    return true;
  }

  private ScalarRules rulesOf(String name) {
    if (!anyNameAllowed || (propertyNames != null && !propertyNames.matches(name))) {
      return ScalarRules.REFUSED_NAME;
    }
    List<Subschema> applying = new ArrayList<>();
    Subschema declared = properties.get(name);
    if (declared != null) {
      applying.add(declared);
    }
    for (Map.Entry<RegularExpression, Subschema> entry : patternProperties) {
      if (entry.getKey().matches(name)) {
        applying.add(entry.getValue());
      }
    }
    if (applying.isEmpty() && !additionalAllowed) {
      return ScalarRules.REFUSED_NAME;
    }
    return new ScalarRules(true, applying);
  }

  private static RegularExpression regex(String regex) {
    return JDKRegularExpressionFactory.getInstance().getRegularExpression(regex);
  }
}
