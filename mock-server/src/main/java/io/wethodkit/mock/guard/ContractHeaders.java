package io.wethodkit.mock.guard;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.wethodkit.contract.Contract;
import io.wethodkit.mock.endpoint.Authenticator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The header names the contract's list operation reads and answers, for CORS: what a preflight
 * allows a page to send (its header parameters and the headers of its security schemes) and what a
 * page may read of an answer (the headers its responses declare).
 */
record ContractHeaders(List<String> request, List<String> response) {

  ContractHeaders {
    request = List.copyOf(request);
    response = List.copyOf(response);
  }

  static ContractHeaders of(Contract contract) {
    Operation operation = operation(contract);
    if (operation == null) {
      return new ContractHeaders(List.of(), List.of());
    }
    Set<String> request = new LinkedHashSet<>();
    for (SecurityScheme scheme : schemes(contract.openApi(), operation)) {
      if (scheme.getType() == SecurityScheme.Type.HTTP
          || scheme.getType() == SecurityScheme.Type.OAUTH2
          || scheme.getType() == SecurityScheme.Type.OPENIDCONNECT) {
        request.add(Authenticator.HEADER);
      } else if (scheme.getType() == SecurityScheme.Type.APIKEY
          && scheme.getIn() == SecurityScheme.In.HEADER
          && scheme.getName() != null) {
        request.add(scheme.getName());
      }
    }
    if (operation.getParameters() != null) {
      for (Parameter parameter : operation.getParameters()) {
        if ("header".equalsIgnoreCase(parameter.getIn()) && parameter.getName() != null) {
          request.add(parameter.getName());
        }
      }
    }
    Set<String> response = new LinkedHashSet<>();
    if (operation.getResponses() != null) {
      for (ApiResponse answer : operation.getResponses().values()) {
        if (answer.getHeaders() != null) {
          response.addAll(answer.getHeaders().keySet());
        }
      }
    }
    return new ContractHeaders(List.copyOf(request), List.copyOf(response));
  }

  private static Operation operation(Contract contract) {
    OpenAPI api = contract.openApi();
    if (api == null || api.getPaths() == null) {
      return null;
    }
    PathItem item = api.getPaths().get(contract.path());
    return item == null ? null : item.getGet();
  }

  /** The schemes the operation requires (its own {@code security}, else the document's). */
  private static List<SecurityScheme> schemes(OpenAPI api, Operation operation) {
    List<SecurityRequirement> requirements =
        operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
    Map<String, SecurityScheme> defined =
        api.getComponents() == null ? null : api.getComponents().getSecuritySchemes();
    if (requirements == null || defined == null) {
      return List.of();
    }
    return requirements.stream()
        .flatMap(requirement -> requirement.keySet().stream())
        .map(defined::get)
        .filter(java.util.Objects::nonNull)
        .toList();
  }
}
