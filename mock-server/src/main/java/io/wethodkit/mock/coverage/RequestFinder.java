package io.wethodkit.mock.coverage;

import io.wethodkit.contract.Contract;
import io.wethodkit.contract.HeaderRules;
import io.wethodkit.mock.endpoint.Trace;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.Identity;
import java.util.List;

/**
 * Finds ready requests for one family of behaviours within a {@link ProbeSearch}: what it reads
 * (the contract, the data, the grants found so far) and what it does (try a request, say why a
 * behaviour cannot be met) are the search's.
 */
abstract class RequestFinder {

  protected final ProbeSearch search;
  protected final Contract contract;
  protected final Behaviours behaviours;
  protected final HeaderRules headers;
  protected final Dataset data;
  protected final String version;
  protected final List<Identity> active;
  protected final List<ProbeSearch.Pair> pairs;

  RequestFinder(ProbeSearch search) {
    this.search = search;
    this.contract = search.contract();
    this.behaviours = search.behaviours();
    this.headers = contract.headers();
    this.data = search.data();
    this.version = search.version();
    this.active = search.active();
    this.pairs = search.pairs();
  }

  /** Tries the requests of its family for the behaviours still wanted. */
  abstract void find();

  protected boolean wants(String prefix) {
    return search.wants(prefix);
  }

  protected boolean wantsExactly(String id) {
    return search.wantsExactly(id);
  }

  protected Trace tryProbe(Probe probe) {
    return search.tryProbe(probe);
  }

  /** Serves {@code probe} to learn from its answer, without taking it for any behaviour. */
  protected Trace explain(Probe probe) {
    return search.explain(probe);
  }

  protected void reason(String prefix, String text) {
    search.reason(prefix, text);
  }

  protected static String route(io.wethodkit.mock.client.AdminRoute<?, ?> route) {
    return ProbeSearch.route(route);
  }

  protected static String encode(String value) {
    return ProbeSearch.encode(value);
  }
}
