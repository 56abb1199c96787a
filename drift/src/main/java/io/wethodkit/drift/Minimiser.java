package io.wethodkit.drift;

import java.util.Optional;
import java.util.function.Function;

/**
 * Shrinks a request that shows a difference to the smallest one that still shows it: it drops one
 * query parameter or header change at a time, and falls back to the identity with both permissions,
 * keeping each step that still shows the same difference. A budget bounds the requests it sends.
 */
final class Minimiser {

  private final Function<DriftRequest, Comparison> send;
  private final Caller both;
  private int budget;

  Minimiser(Function<DriftRequest, Comparison> send, Caller both, int budget) {
    this.send = send;
    this.both = both;
    this.budget = budget;
  }

  /** The smallest comparison found that still shows {@code found}'s mismatch. */
  Comparison minimise(Comparison found) {
    Comparison best = found;
    boolean shrunk = true;
    while (shrunk && budget > 0) {
      shrunk = false;
      for (DriftRequest smaller : candidates(best.request())) {
        if (budget <= 0) {
          break;
        }
        budget--;
        Comparison tried = send.apply(smaller);
        if (tried.notSent()) {
          budget = 0;
          break;
        }
        Mismatch before = best.mismatch().orElseThrow();
        Optional<Mismatch> after = tried.mismatch();
        if (after.isPresent()
            && before.shownBy(after.get())
            && tried.target().status() == best.target().status()
            && tried.mock().status() == best.mock().status()) {
          best = tried;
          shrunk = true;
          break;
        }
      }
    }
    return best;
  }

  private java.util.List<DriftRequest> candidates(DriftRequest request) {
    java.util.List<DriftRequest> out = new java.util.ArrayList<>();
    for (int i = request.params().size() - 1; i >= 0; i--) {
      out.add(request.without(i));
    }
    request.headerChanges().forEach(change -> out.add(request.without(change)));
    if (!request.caller().isBoth()) {
      out.add(request.withCaller(both));
    }
    return out;
  }
}
