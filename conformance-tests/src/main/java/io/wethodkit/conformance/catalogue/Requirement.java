package io.wethodkit.conformance.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One behaviour that the suite checks.
 *
 * @param id stable identifier, e.g. {@code PRJ-FILTER-PROBABILITY-GT}
 * @param level MUST or SHOULD
 * @param status the HTTP status it concerns ({@code "200"}, ... or {@code "any"})
 * @param area the group it is reported under
 * @param title one line that states the behaviour
 * @param source for a MUST, what the reference page says and how the requirement reads it
 * @param page for a MUST, the sentences of the reference page it rests on, word for word
 * @param rationale for a SHOULD, the Interpretation it comes from and why
 * @param check the kind of check that verifies it
 * @param bindings what the check works on: for a generated requirement the contract item it was
 *     expanded for ({@code parameter}, {@code operator}, {@code value}), plus fixed parameters
 */
public record Requirement(
    String id,
    Level level,
    String status,
    String area,
    String title,
    String source,
    List<String> page,
    String rationale,
    CheckKind check,
    Map<String, String> bindings) {

  public Requirement {
    bindings = Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
    page = page == null ? List.of() : List.copyOf(page);
  }

  public Optional<String> binding(String name) {
    return Optional.ofNullable(bindings.get(name));
  }

  /** A binding the check cannot work without. */
  public String requiredBinding(String name) {
    return binding(name)
        .orElseThrow(() -> new IllegalStateException(id + " has no binding '" + name + "'"));
  }

  /** The source for a MUST, the rationale for a SHOULD. */
  public String basis() {
    return level == Level.MUST ? source : rationale;
  }
}
