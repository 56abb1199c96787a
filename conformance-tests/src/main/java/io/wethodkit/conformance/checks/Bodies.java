package io.wethodkit.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.wethodkit.conformance.client.Exchange;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reading bodies and headers of answers. */
public final class Bodies {

  /** The prefix of the dynamic metadata fields, as the reference page names them. */
  public static final String METADATA_PREFIX = "metadata_";

  static final Pattern METADATA_NAME = Pattern.compile("^metadata_[1-9][0-9]*$");
  private static final String JSON_MEDIA_TYPE = "application/json";

  private Bodies() {}

  /** Whether the answer's Content-Type is application/json (parameters such as charset allowed). */
  public static boolean isJson(Exchange exchange) {
    return exchange
        .header("Content-Type")
        .map(value -> value.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
        .filter(JSON_MEDIA_TYPE::equals)
        .isPresent();
  }

  /** The names of a project's metadata fields. */
  public static List<String> metadataFields(JsonNode project) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = project.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (name.startsWith(METADATA_PREFIX)) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * A copy of a list body without the metadata fields, whose rules (a value present, a string) are
   * checked on their own.
   */
  public static JsonNode withoutMetadata(List<JsonNode> projects) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (JsonNode project : projects) {
      ObjectNode copy = project.deepCopy();
      metadataFields(project).forEach(copy::remove);
      array.add(copy);
    }
    return array;
  }

  /**
   * A copy of an error body whose {@code key}, when it is a string, is replaced by the contract's
   * key: the key's value is an Interpretation, checked on its own, while its presence and type are
   * what the reference page states.
   */
  public static JsonNode withKey(JsonNode body, String key) {
    if (body instanceof ObjectNode object && body.path("key").isTextual()) {
      ObjectNode copy = object.deepCopy();
      copy.set("key", TextNode.valueOf(key));
      return copy;
    }
    return body;
  }

  /** The {@code field}s of a 400's failures, in order. */
  public static Optional<List<String>> failureFields(Exchange exchange) {
    Optional<JsonNode> body = exchange.json();
    if (body.isEmpty() || !body.get().path("failures").isArray()) {
      return Optional.empty();
    }
    List<String> fields = new ArrayList<>();
    for (JsonNode failure : body.get().get("failures")) {
      JsonNode field = failure.path("field");
      fields.add(field.isTextual() ? field.asText() : "<field " + describe(field) + ">");
    }
    return Optional.of(fields);
  }

  /** Whether a 400's failures are a list of entries with a string field and message. */
  public static boolean wellFormedFailures(Exchange exchange) {
    JsonNode failures = exchange.json().map(body -> body.path("failures")).orElse(null);
    if (failures == null || !failures.isArray()) {
      return false;
    }
    for (JsonNode failure : failures) {
      if (!failure.path("field").isTextual() || !failure.path("message").isTextual()) {
        return false;
      }
    }
    return true;
  }

  /** The failure messages of a 400 that name {@code field}. */
  public static List<String> failureMessages(Exchange exchange, String field) {
    List<String> messages = new ArrayList<>();
    exchange
        .json()
        .map(body -> body.path("failures"))
        .filter(JsonNode::isArray)
        .ifPresent(
            failures ->
                failures.forEach(
                    failure -> {
                      if (field.equals(failure.path("field").asText(null))) {
                        messages.add(failure.path("message").asText(""));
                      }
                    }));
    return messages;
  }

  /** The first problems of a validation, for a report line. */
  public static String problems(List<String> problems) {
    int shown = Math.min(3, problems.size());
    String head = String.join("; ", problems.subList(0, shown));
    return problems.size() > shown ? head + "; … " + (problems.size() - shown) + " more" : head;
  }

  private static String describe(JsonNode value) {
    return value.isMissingNode() ? "missing" : "not a string: " + value;
  }
}
