package io.wethodkit.conformance.variants;

import io.wethodkit.mock.endpoint.EndpointParts;
import java.util.function.UnaryOperator;

/**
 * A deliberately broken mock: one small change to the endpoint's parts, and the requirement whose
 * check must catch it (in both modes).
 *
 * @param name what is broken, e.g. {@code gt-as-gte}
 * @param breakage the change, applied through {@code MockServer.builder().customize(...)}
 * @param caughtBy the requirement id that must FAIL
 */
public record Variant(String name, UnaryOperator<EndpointParts> breakage, String caughtBy) {

  @Override
  public String toString() {
    return name;
  }
}
