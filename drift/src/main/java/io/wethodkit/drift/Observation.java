package io.wethodkit.drift;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.conformance.checks.ProjectIds;
import io.wethodkit.conformance.client.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What drift compares of one answer: the status, the media type, the project ids of a 200 in their
 * order, the error key and the failure fields of an error.
 *
 * @param status the status, -1 when no answer came
 * @param mediaType the Content-Type without parameters, lower-case ({@code ""} when absent)
 * @param ids the ids of a 200 whose body is a JSON array, in order; empty otherwise
 * @param isList whether the body is a JSON array
 * @param errorKey the {@code key} of an error body
 * @param failureFields the {@code field} of each entry of {@code failures}
 * @param failuresWellFormed whether every entry of {@code failures} has a string {@code field} and
 *     {@code message}, as the contract's 400 body says
 * @param note why no answer came, or a short excerpt of an unexpected body
 */
public record Observation(
    int status,
    String mediaType,
    List<String> ids,
    boolean isList,
    Optional<String> errorKey,
    Set<String> failureFields,
    boolean failuresWellFormed,
    String note) {

  public Observation {
    ids = List.copyOf(ids);
    failureFields = Set.copyOf(new TreeSet<>(failureFields));
  }

  public static Observation of(Exchange exchange) {
    if (!exchange.answered()) {
      return new Observation(
          -1, "", List.of(), false, Optional.empty(), Set.of(), true, exchange.error());
    }
    String mediaType =
        exchange
            .header("Content-Type")
            .map(value -> value.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
            .orElse("");
    Optional<JsonNode> body = exchange.json();
    List<String> ids = new ArrayList<>();
    boolean isList = body.map(JsonNode::isArray).orElse(false);
    if (isList) {
      body.get().forEach(item -> ids.add(ProjectIds.of(item)));
    }
    Set<String> fields = new TreeSet<>();
    boolean wellFormed = true;
    JsonNode failures = body.map(node -> node.path("failures")).orElse(null);
    if (failures != null && failures.isArray()) {
      for (JsonNode failure : failures) {
        fields.add(failure.path("field").asText());
        wellFormed &= failure.path("field").isTextual() && failure.path("message").isTextual();
      }
    }
    String note = isList ? "" : exchange.bodyExcerpt(200);
    return new Observation(
        exchange.status(), mediaType, ids, isList, exchange.errorKey(), fields, wellFormed, note);
  }

  public boolean answered() {
    return status >= 0;
  }
}
