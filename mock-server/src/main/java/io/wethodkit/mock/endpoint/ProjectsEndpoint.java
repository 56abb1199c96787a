package io.wethodkit.mock.endpoint;

import io.wethodkit.contract.semantics.FilterCriterion;
import io.wethodkit.contract.semantics.ListQuery;
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
  private final CallListener listener;

  public ProjectsEndpoint(EndpointParts parts, MockState state) {
    this(parts, state, CallListener.NONE);
  }

  /** An endpoint that tells {@code listener} of every request it answers. */
  public ProjectsEndpoint(EndpointParts parts, MockState state, CallListener listener) {
    this.parts = parts;
    this.state = state;
    this.listener = listener;
  }

  public EndpointParts parts() {
    return parts;
  }

  public Answer handle(EndpointRequest request) {
    long start = System.nanoTime();
    Exchange exchange = null;
    Refusal refusal;
    Answer answer;
    try {
      exchange = exchange(request);
      refusal = refusal(exchange);
      answer = refusal == null ? list(exchange) : parts.errorRenderer().render(refusal);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the list endpoint failed on " + request, e);
      refusal =
          new Refusal(
              500,
              INTERNAL_ERROR,
              INTERNAL_ERROR,
              "The mock server failed to answer this request.",
              List.of());
      answer = parts.errorRenderer().render(refusal);
    }
    listener.answered(request, exchange, answer, refusal, System.nanoTime() - start);
    return answer;
  }

  /** A new exchange of {@code request} against the state as it is now. */
  public Exchange exchange(EndpointRequest request) {
    return new Exchange(parts, request, state.snapshot());
  }

  /** Why this endpoint refuses {@code exchange}, in its precedence; empty when it serves it. */
  public Optional<Refusal> refusalOf(Exchange exchange) {
    return Optional.ofNullable(refusal(exchange));
  }

  /** The refusal that ends the request, or null when the list is served. */
  private Refusal refusal(Exchange exchange) {
    for (Check check : parts.checks()) {
      Optional<Refusal> refusal = check.refusal(exchange);
      if (refusal.isPresent()) {
        return refusal.get();
      }
    }
    // A check left out of the list cannot be skipped: its result is needed to serve the list.
    Outcome<Grant> grant = exchange.grant();
    if (!grant.isOk()) {
      return grant.refusal().orElseThrow();
    }
    return exchange.query().refusal().orElse(null);
  }

  private Answer list(Exchange exchange) {
    Grant grant = exchange.grant().value();
    ListQuery valid = exchange.query().value();
    List<Predicate<Project>> conditions = new ArrayList<>();
    conditions.add(parts.visibility().visibleTo(grant));
    conditions.add(parts.predicates().deletion(valid.deletion()));
    for (FilterCriterion criterion : valid.criteria()) {
      conditions.add(parts.predicates().criterion(criterion));
    }
    List<Project> page =
        parts
            .selector()
            .page(
                exchange.data().table(grant.company().slug()),
                conditions,
                parts.paginator(),
                valid);
    return parts.renderer().render(page, grant);
  }
}
