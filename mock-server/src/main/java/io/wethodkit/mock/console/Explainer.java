package io.wethodkit.mock.console;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.mock.endpoint.ProjectsEndpoint;
import io.wethodkit.mock.endpoint.Trace;

/**
 * Explains a call to the list endpoint from the trace of serving it against the current data: the
 * refusal in words for a 4xx, or why each project of the company is or is not listed for a 200.
 */
final class Explainer {

  private final Contract contract;
  private final ProjectsEndpoint endpoint;
  private final RefusalExplanation refusals;
  private final ListExplanation lists;

  Explainer(Contract contract, ProjectsEndpoint endpoint) {
    this.contract = contract;
    this.endpoint = endpoint;
    this.refusals = new RefusalExplanation(contract, new Interpretations(contract));
    this.lists = new ListExplanation(endpoint.parts().semantics());
  }

  ObjectNode explain(ExplainRequest request) {
    Trace trace = endpoint.explain(request.toEndpointRequest(contract.headers()));
    ObjectNode out =
        trace.selection().isPresent()
            ? lists.write(trace.selection().get())
            : refusals.write(trace);
    out.put(
        "request",
        "GET " + contract.path() + (request.query().isEmpty() ? "" : "?" + request.query()));
    return out;
  }
}
