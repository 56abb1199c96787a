package io.wethodkit.conformance.variants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.mock.endpoint.Answer;
import io.wethodkit.mock.endpoint.EndpointParts;
import io.wethodkit.mock.endpoint.Refusal;
import io.wethodkit.mock.http.JsonListRenderer;
import io.wethodkit.mock.store.Project;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Implementations that differ from the mock where the contract leaves room, and so conform: the
 * suite must not fail any of them.
 */
public final class AcceptableVariants {

  private AcceptableVariants() {}

  /** A conforming difference, by name. */
  public record Acceptable(String name, UnaryOperator<EndpointParts> difference) {
    @Override
    public String toString() {
      return name;
    }
  }

  public static List<Acceptable> all() {
    return List.of(
        new Acceptable("descending-id-order", AcceptableVariants::descendingOrder),
        new Acceptable("optional-fields-absent", AcceptableVariants::nullsLeftOut),
        new Acceptable("own-messages-and-charset", AcceptableVariants::ownWording));
  }

  /** Another stable order (Interpretation 8 asks for stability only). */
  static EndpointParts descendingOrder(EndpointParts parts) {
    return parts.withSelector(
        (projects, keep) -> {
          List<Project> selected = new ArrayList<>(parts.selector().select(projects, keep));
          Collections.reverse(selected);
          return selected;
        });
  }

  /** Fields the schema does not require are left out when null (Interpretation 10). */
  static EndpointParts nullsLeftOut(EndpointParts parts) {
    Set<String> required = new HashSet<>();
    parts
        .contract()
        .document()
        .at("/components/schemas/Project/required")
        .forEach(n -> required.add(n.asText()));
    return parts.withRenderer(
        new JsonListRenderer(
            parts.contract(),
            (project, grant) -> {
              ObjectNode json = project.json();
              for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isNull() && !required.contains(field.getKey())) {
                  it.remove();
                }
              }
              return json.toString().getBytes(StandardCharsets.UTF_8);
            }));
  }

  /** Other error messages, and a charset parameter on the media type. */
  static EndpointParts ownWording(EndpointParts parts) {
    return parts
        .withErrorRenderer(
            refusal ->
                charset(
                    parts
                        .errorRenderer()
                        .render(
                            new Refusal(
                                refusal.status(),
                                refusal.key(),
                                refusal.cause(),
                                "Request refused (" + refusal.cause() + ").",
                                refusal.failures().stream()
                                    .map(
                                        f ->
                                            new io.wethodkit.mock.endpoint.FieldFailure(
                                                f.field(), "invalid; " + f.message()))
                                    .toList()))))
        .withRenderer((page, grant) -> charset(parts.renderer().render(page, grant)));
  }

  private static Answer charset(Answer answer) {
    return answer.withHeader("Content-Type", "application/json; charset=utf-8");
  }
}
