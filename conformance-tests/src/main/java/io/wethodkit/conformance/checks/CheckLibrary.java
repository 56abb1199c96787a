package io.wethodkit.conformance.checks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The checks by the name the catalogue's {@code check} field gives them. */
public final class CheckLibrary {

  private final Map<String, Check> checks;

  private CheckLibrary(Map<String, Check> checks) {
    this.checks = Collections.unmodifiableMap(checks);
  }

  public static CheckLibrary standard() {
    Map<String, Check> checks = new LinkedHashMap<>();
    SchemaVerifier.register(checks);
    FilterVerifier.register(checks);
    DeletionVerifier.register(checks);
    PagingVerifier.register(checks);
    ListingPrerequisite.register(checks);
    AccessVerifier.register(checks);
    ValidationVerifier.register(checks);
    AuthVerifier.register(checks);
    PrecedenceVerifier.register(checks);
    return new CheckLibrary(checks);
  }

  public Check check(String name) {
    Check check = checks.get(name);
    if (check == null) {
      throw new IllegalStateException("no check is named '" + name + "'");
    }
    return check;
  }

  public Set<String> names() {
    return checks.keySet();
  }
}
