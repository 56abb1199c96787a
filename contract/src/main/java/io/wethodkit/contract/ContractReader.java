package io.wethodkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Reads the kit's extensions out of an OpenAPI document parsed by swagger-parser. */
final class ContractReader {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final List<Integer> ERROR_STATUSES = List.of(400, 401, 403, 412);

  private final String source;

  ContractReader(String source) {
    this.source = source;
  }

  Contract read(byte[] bytes) {
    OpenAPI openApi = parse(bytes);
    JsonNode document = tree(bytes);
    Map.Entry<String, Operation> listOperation = listOperation(openApi);
    Operation operation = listOperation.getValue();
    List<Parameter> parameters = Optional.ofNullable(operation.getParameters()).orElseGet(List::of);

    List<FilterDefinition> filters = new ArrayList<>();
    DeletionFilter deletion = null;
    PageParameter limit = null;
    PageParameter offset = null;
    Set<String> queryNames = new LinkedHashSet<>();
    String companyHeader = null;
    String versionHeader = null;
    List<String> versions = List.of();
    for (Parameter parameter : parameters) {
      Map<String, Object> ext = extensions(parameter.getExtensions());
      if ("query".equals(parameter.getIn())) {
        queryNames.add(parameter.getName());
        if (ext.containsKey("x-filter")) {
          filters.add(filter(parameter, map(ext.get("x-filter"), parameter.getName())));
        }
        if (ext.containsKey("x-deletion-filter")) {
          deletion = deletion(parameter, map(ext.get("x-deletion-filter"), parameter.getName()));
        }
        if (ext.containsKey("x-pagination")) {
          Map<String, Object> pagination = map(ext.get("x-pagination"), parameter.getName());
          Object role = pagination.get("role");
          if ("limit".equals(role)) {
            limit = page(parameter, pagination);
          } else if ("offset".equals(role)) {
            offset = page(parameter, pagination);
          } else {
            require(false, "x-pagination.role of '" + parameter.getName() + "' is " + role);
          }
        }
      } else if ("header".equals(parameter.getIn())) {
        Object role = ext.get("x-header-role");
        if ("company".equals(role)) {
          companyHeader = parameter.getName();
        } else if ("version".equals(role)) {
          versionHeader = parameter.getName();
          versions = strings(ext.get("x-supported-versions"), "x-supported-versions");
        }
      }
    }
    require(deletion != null, "no query parameter carries x-deletion-filter");
    require(limit != null, "no query parameter carries x-pagination with role limit");
    require(offset != null, "no query parameter carries x-pagination with role offset");
    require(companyHeader != null, "no header parameter carries x-header-role: company");
    require(versionHeader != null, "no header parameter carries x-header-role: version");
    require(!versions.isEmpty(), "x-supported-versions lists no version");

    return new Contract(
        source,
        bytes,
        openApi,
        document,
        listOperation.getKey(),
        filters,
        deletion,
        limit,
        offset,
        queryNames,
        new HeaderRules(companyHeader, versionHeader, versions),
        access(operation),
        errors(operation),
        methods(openApi, document, listOperation.getKey()));
  }

  private OpenAPI parse(byte[] bytes) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult result =
        new OpenAPIV3Parser()
            .readContents(new String(bytes, StandardCharsets.UTF_8), null, options);
    List<String> messages = Optional.ofNullable(result.getMessages()).orElseGet(List::of);
    if (result.getOpenAPI() == null || !messages.isEmpty()) {
      throw new ContractException(
          source + " is not a clean OpenAPI document: " + String.join("; ", messages));
    }
    return result.getOpenAPI();
  }

  private JsonNode tree(byte[] bytes) {
    try {
      return YAML.readTree(bytes);
    } catch (IOException e) {
      throw new ContractException(source + " is not YAML or JSON: " + e.getMessage(), e);
    }
  }

  private Map.Entry<String, Operation> listOperation(OpenAPI openApi) {
    require(
        openApi.getPaths() != null && openApi.getPaths().size() == 1,
        "the document must define exactly one path");
    Map.Entry<String, PathItem> path = openApi.getPaths().entrySet().iterator().next();
    Operation get = path.getValue().getGet();
    require(get != null, "the path " + path.getKey() + " has no GET operation");
    return Map.entry(path.getKey(), get);
  }

  private FilterDefinition filter(Parameter parameter, Map<String, Object> ext) {
    String name = parameter.getName();
    String field = string(ext.get("field"), "x-filter.field of '" + name + "'");
    FilterValueType type =
        FilterValueType.fromContract(
            string(ext.get("type"), "x-filter.type of '" + name + "'"), name);
    List<FilterOperator> operators = new ArrayList<>();
    for (String op : strings(ext.get("operators"), "x-filter.operators of '" + name + "'")) {
      operators.add(FilterOperator.fromContract(op, name));
    }
    require(!operators.isEmpty(), "x-filter of '" + name + "' lists no operator");
    return new FilterDefinition(
        name,
        field,
        type,
        optionalLong(ext.get("minimum")),
        optionalLong(ext.get("maximum")),
        operators);
  }

  private DeletionFilter deletion(Parameter parameter, Map<String, Object> ext) {
    String name = parameter.getName();
    String field = string(ext.get("field"), "x-deletion-filter.field of '" + name + "'");
    Map<String, DeletionScope> scopes = new LinkedHashMap<>();
    map(ext.get("values"), "x-deletion-filter.values of '" + name + "'")
        .forEach(
            (value, scope) ->
                scopes.put(value, DeletionScope.fromContract(String.valueOf(scope), name)));
    Schema<?> schema = parameter.getSchema();
    require(
        schema != null && schema.getDefault() != null,
        "the x-deletion-filter parameter '" + name + "' has no default");
    String defaultValue = String.valueOf(schema.getDefault());
    require(
        scopes.containsKey(defaultValue),
        "the default of '" + name + "' is not one of its x-deletion-filter values");
    if (schema.getEnum() != null) {
      Set<String> enumValues = new LinkedHashSet<>();
      schema.getEnum().forEach(value -> enumValues.add(String.valueOf(value)));
      require(
          enumValues.equals(scopes.keySet()),
          "the enum of '" + name + "' and its x-deletion-filter values differ");
    }
    return new DeletionFilter(name, field, defaultValue, scopes);
  }

  /**
   * A pagination parameter, its bounds and default read from its schema: the one place they are
   * written for the kit and for every other tool. Bounds also stated in {@code x-pagination} must
   * agree with the schema's.
   */
  private PageParameter page(Parameter parameter, Map<String, Object> pagination) {
    Schema<?> schema = parameter.getSchema();
    String name = parameter.getName();
    require(
        schema != null && isInteger(schema),
        "the pagination parameter '" + name + "' needs a schema of type integer");
    require(
        schema.getExclusiveMinimumValue() == null
            && schema.getExclusiveMaximumValue() == null
            && !Boolean.TRUE.equals(schema.getExclusiveMinimum())
            && !Boolean.TRUE.equals(schema.getExclusiveMaximum()),
        "the pagination parameter '" + name + "' may bound its schema with minimum/maximum only");
    OptionalLong minimum = optionalLong(schema.getMinimum());
    require(
        minimum.isPresent() && schema.getDefault() != null,
        "the pagination parameter '" + name + "' needs a schema minimum and default");
    OptionalLong maximum = optionalLong(schema.getMaximum());
    agree(pagination, "minimum", minimum, name);
    agree(pagination, "maximum", maximum, name);
    String defaultText = String.valueOf(schema.getDefault());
    OptionalLong defaultValue = PageParameter.within(defaultText, minimum.getAsLong(), maximum);
    require(
        defaultValue.isPresent(),
        "the default '" + defaultText + "' of '" + name + "' is not an integer within its bounds");
    return new PageParameter(name, minimum.getAsLong(), maximum, defaultValue.getAsLong());
  }

  private static boolean isInteger(Schema<?> schema) {
    // swagger-parser fills `types` for OpenAPI 3.1 documents, `type` for 3.0 ones.
    return "integer".equals(schema.getType())
        || schema.getTypes() != null && schema.getTypes().equals(Set.of("integer"));
  }

  private void agree(
      Map<String, Object> pagination, String bound, OptionalLong fromSchema, String name) {
    if (pagination.containsKey(bound)) {
      require(
          optionalLong(pagination.get(bound)).equals(fromSchema),
          "x-pagination."
              + bound
              + " of '"
              + name
              + "' contradicts the "
              + bound
              + " of its schema");
    }
  }

  private AccessRules access(Operation operation) {
    Map<String, Object> ext = extensions(operation.getExtensions());
    Map<String, Object> declared = map(ext.get("x-required-permissions"), "the operation");
    Map<String, Visibility> permissions = new LinkedHashMap<>();
    declared.forEach(
        (permission, spec) ->
            permissions.put(
                permission,
                Visibility.fromContract(
                    string(map(spec, permission).get("sees"), "sees of " + permission),
                    permission)));
    for (Visibility visibility : Visibility.values()) {
      require(
          permissions.containsValue(visibility), "no permission sees " + visibility.contractName());
    }
    List<String> ownerFields = strings(ext.get("x-owner-fields"), "x-owner-fields");
    require(!ownerFields.isEmpty(), "x-owner-fields lists no field");
    return new AccessRules(permissions, ownerFields);
  }

  private Map<Integer, ErrorAnswer> errors(Operation operation) {
    Map<Integer, ErrorAnswer> answers = new LinkedHashMap<>();
    for (int status : ERROR_STATUSES) {
      ApiResponse response = operation.getResponses().get(String.valueOf(status));
      require(response != null, "the operation has no " + status + " response");
      String key = errorKey(response, status);
      Map<String, Schema> properties =
          response.getContent().get("application/json").getSchema().getProperties();
      Object message =
          properties.containsKey("message") ? properties.get("message").getExample() : null;
      Map<String, String> causes = new LinkedHashMap<>();
      Map<String, Object> ext = extensions(response.getExtensions());
      if (ext.containsKey("x-error-causes")) {
        map(ext.get("x-error-causes"), status + " response")
            .forEach((cause, text) -> causes.put(cause, String.valueOf(text)));
      }
      answers.put(
          status,
          new ErrorAnswer(status, key, message == null ? null : String.valueOf(message), causes));
    }
    return answers;
  }

  /**
   * The methods with an operation that answers a success, in the document's order, and the key of
   * the 405 that the operations of the other methods answer.
   */
  private MethodRules methods(OpenAPI openApi, JsonNode document, String path) {
    Map<PathItem.HttpMethod, Operation> operations =
        openApi.getPaths().get(path).readOperationsMap();
    List<String> served = new ArrayList<>();
    String notAllowedKey = null;
    for (Iterator<String> names = document.path("paths").path(path).fieldNames();
        names.hasNext(); ) {
      String name = names.next().toUpperCase(Locale.ROOT);
      Operation operation =
          Arrays.stream(PathItem.HttpMethod.values())
              .filter(method -> method.name().equals(name))
              .findFirst()
              .map(operations::get)
              .orElse(null);
      if (operation == null || operation.getResponses() == null) {
        continue;
      }
      if (operation.getResponses().keySet().stream().anyMatch(code -> code.startsWith("2"))) {
        served.add(name);
      }
      ApiResponse notAllowed = operation.getResponses().get("405");
      if (notAllowedKey == null && notAllowed != null) {
        notAllowedKey = errorKey(notAllowed, 405);
      }
    }
    require(served.contains("GET"), "the path " + path + " serves no GET");
    require(notAllowedKey != null, "no operation of " + path + " answers 405");
    return new MethodRules(served, notAllowedKey);
  }

  private String errorKey(ApiResponse response, int status) {
    Schema<?> schema = response.getContent().get("application/json").getSchema();
    Map<String, Schema> properties = schema.getProperties();
    require(
        properties != null && properties.containsKey("key"),
        "the " + status + " schema has no 'key' property");
    Object key = properties.get("key").getConst();
    require(key != null, "the " + status + " schema does not fix 'key' with const");
    return String.valueOf(key);
  }

  private static Map<String, Object> extensions(Map<String, Object> extensions) {
    return extensions == null ? Map.of() : extensions;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> map(Object value, String where) {
    require(value instanceof Map, "expected an object at " + where);
    return (Map<String, Object>) value;
  }

  private String string(Object value, String where) {
    require(
        value instanceof String && !((String) value).isEmpty(), "expected a string at " + where);
    return (String) value;
  }

  private List<String> strings(Object value, String where) {
    require(value instanceof List, "expected a list at " + where);
    List<String> out = new ArrayList<>();
    for (Object item : (List<?>) value) {
      out.add(String.valueOf(item));
    }
    return out;
  }

  private static OptionalLong optionalLong(Object value) {
    return value == null
        ? OptionalLong.empty()
        : OptionalLong.of(new BigDecimal(String.valueOf(value)).longValueExact());
  }

  private void require(boolean condition, String problem) {
    if (!condition) {
      throw new ContractException(source + ": " + problem);
    }
  }
}
