package io.wethodkit.mock.coverage;

import io.wethodkit.contract.Contract;
import io.wethodkit.mock.client.Coverage;
import io.wethodkit.mock.endpoint.ProjectsEndpoint;
import io.wethodkit.mock.store.Dataset;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * For each behaviour never met, a request that meets it on the mock's current data, or why none
 * can. Requests are built from the data (its identities, their permissions, the companies, how many
 * projects each identity sees, the values projects hold) and the contract (parameters, operators,
 * bounds, headers and versions), then served by the endpoint itself without being recorded: a
 * request is offered only once the endpoint's answer to it met the behaviour.
 */
final class ReadyRequests {

  /** The families of requests, in order: the grants the others build on first. */
  private static final List<Function<ProbeSearch, RequestFinder>> FINDERS =
      List.of(
          ListRequests::new,
          RefusalRequests::new,
          QueryRequests::new,
          PageRequests::new,
          PreflightRequest::new);

  private final Contract contract;
  private final Behaviours behaviours;
  private final ProjectsEndpoint endpoint;

  ReadyRequests(Contract contract, Behaviours behaviours, ProjectsEndpoint endpoint) {
    this.contract = contract;
    this.behaviours = behaviours;
    this.endpoint = endpoint;
  }

  /** What was found for one behaviour: a ready request, or why there is none. */
  record Found(Coverage.Request request, String cannotMeet) {}

  /**
   * A ready request or a reason for each behaviour of {@code wanted} (indices), on {@code data}.
   */
  Map<Integer, Found> find(Dataset data, BitSet wanted) {
    ProbeSearch search = new ProbeSearch(contract, behaviours, endpoint, data, wanted);
    for (Function<ProbeSearch, RequestFinder> finder : FINDERS) {
      if (search.done()) {
        break;
      }
      finder.apply(search).find();
    }
    return search.results();
  }
}
