package io.wethodkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The OpenAPI contract of {@code GET /api/projects}, loaded and read: what the mock server emulates
 * and what the conformance suite checks both come from here.
 */
public final class Contract {

  /** Where the bundled contract lies on the classpath. */
  public static final String BUNDLED_RESOURCE = "io/wethodkit/contract/openapi.yaml";

  private final String source;
  private final String sha256;
  private final OpenAPI openApi;
  private final JsonNode document;
  private final String path;
  private final List<FilterDefinition> filters;
  private final DeletionFilter deletionFilter;
  private final PageParameter limit;
  private final PageParameter offset;
  private final Set<String> queryParameters;
  private final HeaderRules headers;
  private final AccessRules access;
  private final Map<Integer, ErrorAnswer> errors;
  private final ResponseSchemas schemas;
  private final MethodRules methods;

  Contract(
      String source,
      byte[] bytes,
      OpenAPI openApi,
      JsonNode document,
      String path,
      List<FilterDefinition> filters,
      DeletionFilter deletionFilter,
      PageParameter limit,
      PageParameter offset,
      Set<String> queryParameters,
      HeaderRules headers,
      AccessRules access,
      Map<Integer, ErrorAnswer> errors,
      MethodRules methods) {
    this.source = source;
    this.sha256 = sha256(bytes);
    this.openApi = openApi;
    this.document = document;
    this.path = path;
    this.filters = List.copyOf(filters);
    this.deletionFilter = deletionFilter;
    this.limit = limit;
    this.offset = offset;
    this.queryParameters = Collections.unmodifiableSet(new LinkedHashSet<>(queryParameters));
    this.headers = headers;
    this.access = access;
    this.errors = Map.copyOf(errors);
    this.schemas = new ResponseSchemas(document, path);
    this.methods = methods;
  }

  /** The contract that ships with the kit. */
  public static Contract bundled() {
    try (InputStream in = Contract.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new ContractException("the bundled contract " + BUNDLED_RESOURCE + " is missing");
      }
      return parse(in.readAllBytes(), "classpath:" + BUNDLED_RESOURCE);
    } catch (IOException e) {
      throw new ContractException("cannot read the bundled contract: " + e.getMessage(), e);
    }
  }

  /** A contract read from a file (YAML or JSON). */
  public static Contract load(Path file) {
    try {
      return parse(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new ContractException("cannot read the contract " + file + ": " + e.getMessage(), e);
    }
  }

  /** A contract read from its text; {@code source} names it in error messages. */
  public static Contract parse(byte[] bytes, String source) {
    return new ContractReader(source).read(bytes);
  }

  /** Where the contract was read from. */
  public String source() {
    return source;
  }

  /** The raw document's SHA-256, lower-case hex: what a certification report names. */
  public String sha256() {
    return sha256;
  }

  public OpenAPI openApi() {
    return openApi;
  }

  /** The document as a JSON tree, as read. */
  public JsonNode document() {
    return document;
  }

  /** The path of the list operation, e.g. {@code /api/projects}. */
  public String path() {
    return path;
  }

  /** The {@code x-filter} parameters, in the contract's order. */
  public List<FilterDefinition> filters() {
    return filters;
  }

  public Optional<FilterDefinition> filter(String parameter) {
    return filters.stream().filter(f -> f.parameter().equals(parameter)).findFirst();
  }

  public DeletionFilter deletionFilter() {
    return deletionFilter;
  }

  public PageParameter limit() {
    return limit;
  }

  public PageParameter offset() {
    return offset;
  }

  /**
   * Every query parameter the operation defines, in the document's order (the order of a 400's
   * failures); others are ignored by the contract.
   */
  public Set<String> queryParameters() {
    return queryParameters;
  }

  public HeaderRules headers() {
    return headers;
  }

  public AccessRules access() {
    return access;
  }

  /** The error answer of {@code status} (400, 401, 403 or 412). */
  public ErrorAnswer error(int status) {
    ErrorAnswer answer = errors.get(status);
    if (answer == null) {
      throw new ContractException("the contract has no error answer " + status);
    }
    return answer;
  }

  /** The methods the path serves, and the key of the answer to the others. */
  public MethodRules methods() {
    return methods;
  }

  /** Every error answer of the operation, by ascending status. */
  public List<ErrorAnswer> errorAnswers() {
    return errors.values().stream()
        .sorted(java.util.Comparator.comparingInt(ErrorAnswer::status))
        .toList();
  }

  /** The JSON Schemas of the contract's responses and components. */
  public ResponseSchemas schemas() {
    return schemas;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "Contract[" + source + ", sha256=" + sha256 + "]";
  }
}
