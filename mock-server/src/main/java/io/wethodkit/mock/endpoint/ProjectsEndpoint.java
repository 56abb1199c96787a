package io.wethodkit.mock.endpoint;

import io.wethodkit.contract.HeaderRules;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.MockState;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The list endpoint: one request in, one answer out, from one snapshot of the state, with the
 * {@link Trace} of why it answered so.
 */
public final class ProjectsEndpoint {

  private static final Logger LOG = Logger.getLogger(ProjectsEndpoint.class.getName());

  /** The key of the answer to a fault of the mock itself (never caused by client input). */
  public static final String INTERNAL_ERROR = "internal_error";

  private final EndpointParts parts;
  private final MockState state;
  private final CallListener listener;
  private final AnswerCache answers;

  /**
   * An endpoint that tells {@code listener} of every request it answers, and reuses an answer while
   * the snapshot of the state, the raw query and the headers the emulation reads are the same: for
   * parts whose answer depends on those alone, as the standard parts' does.
   */
  public ProjectsEndpoint(EndpointParts parts, MockState state, CallListener listener) {
    this(parts, state, listener, true);
  }

  /**
   * An endpoint that tells {@code listener} of every request it answers; it reuses answers (as
   * above) only when {@code reuseAnswers}, else it works out each one anew (the listener is told of
   * every request either way).
   */
  public ProjectsEndpoint(
      EndpointParts parts, MockState state, CallListener listener, boolean reuseAnswers) {
    this.parts = parts;
    this.state = state;
    this.listener = listener;
    HeaderRules headers = parts.contract().headers();
    this.answers =
        reuseAnswers
            ? new AnswerCache(
                List.of(Authenticator.HEADER, headers.companyHeader(), headers.versionHeader()))
            : null;
    if (answers != null) {
      state.onChange(answers::clear);
    }
  }

  public EndpointParts parts() {
    return parts;
  }

  public Answer handle(EndpointRequest request) {
    long start = System.nanoTime();
    Dataset data = state.snapshot();
    if (answers == null) {
      Served served = serve(request, data);
      listener.answered(served.trace(), served.answer(), System.nanoTime() - start);
      return served.answer();
    }
    AnswerCache.Key key = answers.key(request);
    AnswerCache.Entry known = answers.get(key, data);
    Answer answer;
    Trace trace;
    if (known != null) {
      answer = known.answer();
      trace = known.trace();
    } else {
      Served served = serve(key, data);
      answers.put(key, data, served.answer(), served.trace());
      answer = served.answer();
      trace = served.trace();
    }
    listener.answered(trace.forRequest(request), answer, System.nanoTime() - start);
    return answer;
  }

  /**
   * Serves {@code request} against the state as it is now, exactly as {@link #handle} does, without
   * telling the listener, and gives the trace: for explaining a call.
   */
  public Trace explain(EndpointRequest request) {
    return serve(request, state.snapshot()).trace();
  }

  private record Served(Answer answer, Trace trace) {}

  private Served serve(EndpointRequest request, Dataset data) {
    Exchange exchange = null;
    try {
      exchange = new Exchange(parts, request, data);
      Trace trace = trace(exchange);
      Selection selection = trace.listing();
      Answer answer =
          selection == null
              ? parts.errorRenderer().render(trace.refusal().orElseThrow())
              : parts.renderer().render(selection.page(), selection.grant());
      return new Served(answer, trace);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the list endpoint failed on " + request, e);
      Refusal failure =
          new Refusal(
              500,
              INTERNAL_ERROR,
              INTERNAL_ERROR,
              "The mock server failed to answer this request.",
              List.of());
      return new Served(
          parts.errorRenderer().render(failure), Trace.refused(request, exchange, null, failure));
    }
  }

  /** The refusal that ends the request with the check that found it, or the list's selection. */
  private Trace trace(Exchange exchange) {
    EndpointRequest request = exchange.request();
    for (Check check : parts.checks()) {
      Optional<Refusal> refusal = check.refusal(exchange);
      if (refusal.isPresent()) {
        return Trace.refused(request, exchange, check.toString(), refusal.get());
      }
    }
    // A check left out of the list cannot be skipped: its result is needed to serve the list.
    Outcome<Grant> grant = exchange.grant();
    if (!grant.isOk()) {
      return Trace.refused(request, exchange, "access", grant.refusal().orElseThrow());
    }
    if (!exchange.query().isOk()) {
      return Trace.refused(request, exchange, "validation", exchange.query().refusal().get());
    }
    Selection selection =
        Selection.select(
            parts,
            grant.value(),
            exchange.query().value(),
            exchange.data().table(grant.value().company().slug()));
    return Trace.listed(request, exchange, selection);
  }
}
