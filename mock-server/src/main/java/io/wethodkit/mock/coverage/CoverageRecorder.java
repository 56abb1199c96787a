package io.wethodkit.mock.coverage;

import io.wethodkit.mock.client.Coverage;
import io.wethodkit.mock.endpoint.Answer;
import io.wethodkit.mock.endpoint.CallListener;
import io.wethodkit.mock.endpoint.Trace;
import io.wethodkit.mock.guard.PreflightListener;
import io.wethodkit.mock.store.Identity;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records which behaviours each answer of the endpoint meets: told of every answer of both serving
 * paths (as the endpoint's {@link CallListener}) and of every CORS preflight the web guard grants
 * the endpoint. Per answer it reads the trace's facts, counts each behaviour met and, the first
 * time one is met, keeps the call as its example: no lock, no allocation beyond the facts.
 */
public final class CoverageRecorder implements CallListener, PreflightListener {

  private static final Logger LOG = Logger.getLogger(CoverageRecorder.class.getName());

  private final Behaviours behaviours;
  private final String path;
  private final Clock clock;
  private volatile Tally tally;

  public CoverageRecorder(Behaviours behaviours, String path) {
    this(behaviours, path, Clock.systemUTC());
  }

  CoverageRecorder(Behaviours behaviours, String path, Clock clock) {
    this.behaviours = behaviours;
    this.path = path;
    this.clock = clock;
    this.tally = new Tally(behaviours.size(), clock.instant());
  }

  public Behaviours behaviours() {
    return behaviours;
  }

  @Override
  public void answered(Trace trace, Answer answer, long nanos) {
    try {
      behaviours.classify(trace.facts(), new Met(tally, trace, path));
    } catch (RuntimeException e) {
      // A replaced endpoint part whose trace cannot tell its facts costs the coverage one call,
      // never the answer.
      LOG.log(Level.FINE, "no coverage of " + trace, e);
    }
  }

  @Override
  public void preflight(String requestPath, String query) {
    Tally current = tally;
    int index = behaviours.preflight();
    current.count(index);
    if (!current.hasExample(index)) {
      current.offerExample(
          index, new Coverage.Example("OPTIONS", requestPath, query == null ? "" : query, null));
    }
  }

  /** Forgets every call: from now on, nothing is covered. */
  public void reset() {
    tally = new Tally(behaviours.size(), clock.instant());
  }

  /** The counts as they are now (calls answered meanwhile may or may not show). */
  Tally tally() {
    return tally;
  }

  /** One answer's behaviours: counted, and the answer kept as the example of a first one. */
  private static final class Met implements Behaviours.IndexSink {
    private final Tally tally;
    private final Trace trace;
    private final String path;
    private Coverage.Example example;

    Met(Tally tally, Trace trace, String path) {
      this.tally = tally;
      this.trace = trace;
      this.path = path;
    }

    @Override
    public void met(int index) {
      tally.count(index);
      if (!tally.hasExample(index)) {
        if (example == null) {
          example =
              new Coverage.Example(
                  trace.request().method(),
                  path,
                  trace.request().rawQuery(),
                  trace.identity().map(Identity::name).orElse(null));
        }
        tally.offerExample(index, example);
      }
    }
  }
}
