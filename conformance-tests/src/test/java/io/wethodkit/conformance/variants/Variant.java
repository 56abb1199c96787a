package io.wethodkit.conformance.variants;

import io.wethodkit.conformance.config.Mode;
import io.wethodkit.mock.endpoint.EndpointParts;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * A deliberately broken mock: one small change to the endpoint's parts, and exactly the
 * requirements that must FAIL for it, no more and no fewer (in both modes); every other check that
 * rests on them is INCONCLUSIVE or passes.
 *
 * @param name what is broken, e.g. {@code gt-as-gte}
 * @param breakage the change, applied through {@code MockServer.builder().customize(...)}
 * @param caughtBy the requirement ids that must FAIL
 * @param seededAlso ids that FAIL in seeded mode only: golden cases that combine the fault with
 *     requests of those requirements
 */
public record Variant(
    String name,
    UnaryOperator<EndpointParts> breakage,
    Set<String> caughtBy,
    Set<String> seededAlso) {

  public Variant {
    caughtBy = Set.copyOf(caughtBy);
    seededAlso = Set.copyOf(seededAlso);
  }

  Variant(String name, UnaryOperator<EndpointParts> breakage, String... caughtBy) {
    this(name, breakage, Set.of(caughtBy), Set.of());
  }

  /** The same variant, with ids that only seeded mode's golden cases fail. */
  Variant inSeededAlso(String... ids) {
    return new Variant(name, breakage, caughtBy, Set.of(ids));
  }

  /** The ids that must FAIL in {@code mode}. */
  public Set<String> failures(Mode mode) {
    Set<String> ids = new TreeSet<>(caughtBy);
    if (mode == Mode.SEEDED) {
      ids.addAll(seededAlso);
    }
    return ids;
  }

  @Override
  public String toString() {
    return name;
  }
}
