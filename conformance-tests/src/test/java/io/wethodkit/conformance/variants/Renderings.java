package io.wethodkit.conformance.variants;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.mock.endpoint.EndpointParts;
import io.wethodkit.mock.endpoint.Grant;
import io.wethodkit.mock.http.JsonListRenderer;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/** Variants of the rendering: each project's JSON changed before it is written. */
final class Renderings {

  private Renderings() {}

  /** Each project of a page written as its JSON after {@code change} (given the caller's grant). */
  static EndpointParts rendered(EndpointParts parts, BiConsumer<ObjectNode, Grant> change) {
    return parts.toBuilder()
        .renderer(
            new JsonListRenderer(
                parts.contract(),
                (project, grant) -> {
                  ObjectNode json = project.json();
                  change.accept(json, grant);
                  return json.toString().getBytes(StandardCharsets.UTF_8);
                }))
        .build();
  }
}
