package io.wethodkit.mock.console;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.mock.endpoint.Exchange;
import io.wethodkit.mock.endpoint.Grant;
import io.wethodkit.mock.endpoint.ProjectsEndpoint;
import io.wethodkit.mock.endpoint.Refusal;
import java.util.Optional;

/**
 * Explains a call to the list endpoint by running it through the endpoint's own steps against the
 * current data: the refusal in words for a 4xx, or why each project of the company is or is not
 * listed for a 200.
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
    this.lists = new ListExplanation(contract, endpoint.parts());
  }

  ObjectNode explain(ExplainRequest request) {
    Exchange exchange = endpoint.exchange(request.toEndpointRequest(contract.headers()));
    Optional<Refusal> refusal = endpoint.refusalOf(exchange);
    ObjectNode out =
        refusal.isPresent()
            ? refusals.write(refusal.get(), request, exchange.data())
            : list(exchange);
    out.put(
        "request",
        "GET " + contract.path() + (request.query().isEmpty() ? "" : "?" + request.query()));
    return out;
  }

  private ObjectNode list(Exchange exchange) {
    Grant grant = exchange.grant().value();
    return lists.write(
        grant, exchange.query().value(), exchange.data().projects(grant.company().slug()));
  }
}
