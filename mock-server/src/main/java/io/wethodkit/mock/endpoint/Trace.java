package io.wethodkit.mock.endpoint;

import io.wethodkit.contract.semantics.FieldFailure;
import io.wethodkit.contract.semantics.FilterCriterion;
import io.wethodkit.contract.semantics.ListQuery;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.Identity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Why the endpoint answered a request as it did: the refusal and the check that produced it, or the
 * selection that made the page. Building one costs a few references; its {@link #facts()} are
 * worked out when asked, and the per-project reasons of a list ({@link Selection#reasons()}) only
 * when those are asked.
 */
public final class Trace {

  private final EndpointRequest request;
  private final Exchange exchange;
  private final String refusedBy;
  private final Refusal refusal;
  private final Selection selection;
  // Worked out on first use; racing threads compute equal values.
  private AnswerFacts facts;

  private Trace(
      EndpointRequest request,
      Exchange exchange,
      String refusedBy,
      Refusal refusal,
      Selection selection) {
    this.request = request;
    this.exchange = exchange;
    this.refusedBy = refusedBy;
    this.refusal = refusal;
    this.selection = selection;
  }

  /** A list served from {@code selection}. */
  public static Trace listed(EndpointRequest request, Exchange exchange, Selection selection) {
    return new Trace(request, exchange, null, null, selection);
  }

  /**
   * A request refused with {@code refusal}.
   *
   * @param exchange the exchange as far as it was computed, or null when the endpoint failed before
   *     it began
   * @param refusedBy the name of the check that refused, or null when no check did (a failure)
   */
  public static Trace refused(
      EndpointRequest request, Exchange exchange, String refusedBy, Refusal refusal) {
    return new Trace(request, exchange, refusedBy, refusal, null);
  }

  public EndpointRequest request() {
    return request;
  }

  /**
   * This trace for another request that the endpoint answers from the same snapshot exactly as it
   * answered this one (a reused answer): the same refusal or selection, and the same facts.
   */
  public Trace forRequest(EndpointRequest other) {
    Trace copy = new Trace(other, exchange, refusedBy, refusal, selection);
    copy.facts = facts;
    return copy;
  }

  /** The status answered. */
  public int status() {
    return refusal == null ? 200 : refusal.status();
  }

  /** Why the request was refused; empty for a list. */
  public Optional<Refusal> refusal() {
    return Optional.ofNullable(refusal);
  }

  /** The name of the check that refused the request. */
  public Optional<String> refusedBy() {
    return Optional.ofNullable(refusedBy);
  }

  /** The selection a list was served from; empty for a refusal. */
  public Optional<Selection> selection() {
    return Optional.ofNullable(selection);
  }

  /** The selection of a list, or null: for the endpoint, without an {@link Optional}. */
  Selection listing() {
    return selection;
  }

  /** The snapshot the request was served from; empty when the endpoint failed before it began. */
  public Optional<Dataset> data() {
    return exchange == null ? Optional.empty() : Optional.of(exchange.data());
  }

  /** The identity the request authenticated as, if it did. */
  public Optional<Identity> identity() {
    if (exchange == null) {
      return Optional.empty();
    }
    try {
      Outcome<Identity> identity = exchange.identity();
      return identity.isOk() ? Optional.of(identity.value()) : Optional.empty();
    } catch (RuntimeException e) {
      // A replaced authenticator that throws has no identity to tell.
      return Optional.empty();
    }
  }

  /** The facts of the answer, as one small value. */
  public AnswerFacts facts() {
    AnswerFacts known = facts;
    if (known == null) {
      known = workOutFacts();
      facts = known;
    }
    return known;
  }

  private AnswerFacts workOutFacts() {
    if (selection == null) {
      List<String> invalid = new ArrayList<>();
      Set<FieldFailure.Kind> kinds = EnumSet.noneOf(FieldFailure.Kind.class);
      for (FieldFailure failure : refusal.failures()) {
        invalid.add(failure.field());
        kinds.add(failure.kind());
      }
      return new AnswerFacts(
          status(),
          refusal.cause(),
          refusedBy,
          invalid,
          kinds,
          Set.of(),
          List.of(),
          null,
          false,
          0,
          false,
          0,
          false,
          0,
          false,
          false);
    }
    ListQuery query = selection.query();
    List<AnswerFacts.FilterUse> filters = new ArrayList<>();
    for (FilterCriterion criterion : query.criteria()) {
      filters.add(
          new AnswerFacts.FilterUse(criterion.definition().parameter(), criterion.operator()));
    }
    var contract = exchange.parts().contract();
    return new AnswerFacts(
        200,
        null,
        null,
        List.of(),
        Set.of(),
        selection.grant().visibilities(),
        filters,
        query.deletion(),
        query.gave(contract.deletionFilter().parameter()),
        query.limit(),
        query.gave(contract.limit().parameter()),
        query.offset(),
        query.gave(contract.offset().parameter()),
        selection.page().size(),
        contract.limit().maximum().orElse(-1) == query.limit(),
        MetadataFields.shownOn(selection.grant().company(), selection.page()));
  }

  @Override
  public String toString() {
    return "Trace[" + request + " -> " + status() + (refusal == null ? "" : " " + refusal) + "]";
  }
}
