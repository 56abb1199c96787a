package io.wethodkit.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The projects of the config's foreign company, as the user of {@code foreignToken} lists them
 * (every deletion status): what tells another company's projects apart from the company's own. A
 * project is the same when it is equal field for field, so that two companies that happen to use
 * the same ids are not taken for a leak.
 */
final class ForeignProjects {

  private final String company;
  private final Optional<String> problem;
  private final List<JsonNode> projects;
  private final Set<JsonNode> index;

  private ForeignProjects(String company, Optional<String> problem, List<JsonNode> projects) {
    this.company = company;
    this.problem = problem;
    this.projects = List.copyOf(projects);
    this.index = new HashSet<>(projects);
  }

  /** Reads the foreign company's list, or says why it cannot be read. */
  static ForeignProjects read(RunContext ctx) {
    Optional<String> foreign = ctx.config().foreignCompany();
    if (foreign.isEmpty()) {
      return unknown("", "the config names no foreignCompany");
    }
    Optional<String> token = ctx.config().foreignToken();
    if (token.isEmpty()) {
      return unknown(
          foreign.get(),
          "the config gives no foreignToken, so the projects of "
              + foreign.get()
              + " cannot be told apart from those of "
              + ctx.config().company());
    }
    try {
      Listing listing =
          ctx.listings()
              .read(
                  ctx.requests().inCompany(foreign.get(), token.get()),
                  ctx.allScopes(),
                  ctx.listings().pageSize());
      return new ForeignProjects(foreign.get(), Optional.empty(), listing.items());
    } catch (TargetMisbehaved misbehaved) {
      return unknown(
          foreign.get(),
          "the foreignToken could not list the projects of "
              + foreign.get()
              + ": "
              + misbehaved.evidence().summary());
    }
  }

  private static ForeignProjects unknown(String company, String why) {
    return new ForeignProjects(company, Optional.of(why), List.of());
  }

  /** The foreign company's slug. */
  String company() {
    return company;
  }

  /** Why the foreign company's projects are not known, if they are not. */
  Optional<String> problem() {
    return problem;
  }

  /** How many projects the foreign company's list holds. */
  int size() {
    return projects.size();
  }

  /** Whether {@code project} is one of the foreign company's, field for field. */
  boolean holds(JsonNode project) {
    return index.contains(project);
  }
}
