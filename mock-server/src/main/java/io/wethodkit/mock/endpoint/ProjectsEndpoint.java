package io.wethodkit.mock.endpoint;

import io.wethodkit.mock.store.MockState;
import io.wethodkit.mock.store.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The list endpoint: one request in, one answer out, from one snapshot of the state. */
public final class ProjectsEndpoint {

  private static final Logger LOG = Logger.getLogger(ProjectsEndpoint.class.getName());

  /** The key of the answer to a fault of the mock itself (never caused by client input). */
  public static final String INTERNAL_ERROR = "internal_error";

  private final EndpointParts parts;
  private final MockState state;

  public ProjectsEndpoint(EndpointParts parts, MockState state) {
    this.parts = parts;
    this.state = state;
  }

  public EndpointParts parts() {
    return parts;
  }

  public Answer handle(EndpointRequest request) {
    try {
      return serve(new Exchange(parts, request, state.snapshot()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the list endpoint failed on " + request, e);
      return parts
          .errorRenderer()
          .render(
              new Refusal(
                  500,
                  INTERNAL_ERROR,
                  INTERNAL_ERROR,
                  "The mock server failed to answer this request.",
                  List.of()));
    }
  }

  private Answer serve(Exchange exchange) {
    for (Check check : parts.checks()) {
      Optional<Refusal> refusal = check.refusal(exchange);
      if (refusal.isPresent()) {
        return parts.errorRenderer().render(refusal.get());
      }
    }
    // A check left out of the list cannot be skipped: its result is needed to serve the list.
    Outcome<Grant> grant = exchange.grant();
    if (!grant.isOk()) {
      return parts.errorRenderer().render(grant.refusal().orElseThrow());
    }
    Outcome<ListQuery> query = exchange.query();
    if (!query.isOk()) {
      return parts.errorRenderer().render(query.refusal().orElseThrow());
    }
    ListQuery valid = query.value();
    List<Predicate<Project>> conditions = new ArrayList<>();
    conditions.add(parts.visibility().visibleTo(grant.value()));
    conditions.add(parts.predicates().deletion(valid.deletion()));
    for (FilterCriterion criterion : valid.criteria()) {
      conditions.add(parts.predicates().criterion(criterion));
    }
    List<Project> page =
        parts
            .selector()
            .page(
                exchange.data().table(grant.value().company().slug()),
                conditions,
                parts.paginator(),
                valid);
    return parts.renderer().render(page, grant.value());
  }
}
