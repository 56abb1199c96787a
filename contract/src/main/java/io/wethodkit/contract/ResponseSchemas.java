package io.wethodkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The contract's schemas as JSON Schema 2020-12 validators (networknt). Schemas are addressed by
 * JSON pointer into the document, so that their {@code $ref}s resolve against it as written.
 */
public final class ResponseSchemas {

  private static final String DOCUMENT_IRI = "https://contract.wethodkit.io/openapi.json";

  private final JsonSchemaFactory factory;
  private final SchemaValidatorsConfig config;
  private final String responsesPointer;
  private final Map<String, JsonSchema> cache = new ConcurrentHashMap<>();

  ResponseSchemas(JsonNode document, String path) {
    String json = document.toString();
    this.factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder ->
                builder.schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT_IRI, json))));
    this.config =
        SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .regularExpressionFactory(RememberedPatterns.FACTORY)
            .build();
    this.responsesPointer = "/paths/" + escape(path) + "/get/responses";
  }

  /** Problems of {@code body} as the answer of {@code status}; empty when it conforms. */
  public List<String> validateResponse(int status, JsonNode body) {
    return validate(responsesPointer + "/" + status + "/content/application~1json/schema", body);
  }

  /** Problems of {@code value} against {@code #/components/schemas/<name>}. */
  public List<String> validateComponent(String name, JsonNode value) {
    return validate("/components/schemas/" + escape(name), value);
  }

  /** Problems of {@code value} against the schema at {@code pointer} in the document. */
  public List<String> validate(String pointer, JsonNode value) {
    JsonSchema schema =
        cache.computeIfAbsent(
            pointer, p -> factory.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + p), config));
    return schema.validate(value).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
