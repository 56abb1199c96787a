package io.wethodkit.mock.console;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.HeaderRules;
import io.wethodkit.contract.semantics.FieldFailure;
import io.wethodkit.mock.console.Interpretations.Interpretation;
import io.wethodkit.mock.endpoint.Authenticator;
import io.wethodkit.mock.endpoint.EndpointRequest;
import io.wethodkit.mock.endpoint.Refusal;
import io.wethodkit.mock.endpoint.Trace;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.Identity;
import io.wethodkit.mock.store.Json;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Why the endpoint refused a call, in words: the contract's message for the cause, the
 * interpretations marked on that answer (and on each invalid parameter of a 400), and what the
 * request and the data held that led there.
 */
final class RefusalExplanation {

  private final Contract contract;
  private final Interpretations interpretations;

  RefusalExplanation(Contract contract, Interpretations interpretations) {
    this.contract = contract;
    this.interpretations = interpretations;
  }

  ObjectNode write(Trace trace) {
    Refusal refusal = trace.refusal().orElseThrow();
    ObjectNode out = Json.object();
    out.put("status", refusal.status());
    out.put("key", refusal.key());
    out.put("cause", refusal.cause());
    trace.refusedBy().ifPresent(check -> out.put("check", check));
    out.put("message", refusal.message());
    out.set("interpretations", list(interpretations.ofResponse(refusal.status())));
    ArrayNode failures = out.putArray("failures");
    for (FieldFailure failure : refusal.failures()) {
      failures
          .addObject()
          .put("field", failure.field())
          .put("message", failure.message())
          .set("interpretations", list(interpretations.ofParameter(failure.field())));
    }
    ArrayNode facts = out.putArray("facts");
    trace.data().ifPresent(data -> facts(refusal.status(), trace, data).forEach(facts::add));
    return out;
  }

  /** What the request and the snapshot it was served from held, for the answer's status. */
  private List<String> facts(int status, Trace trace, Dataset data) {
    HeaderRules headers = contract.headers();
    EndpointRequest request = trace.request();
    return switch (status) {
      case 401 -> authorizationFacts(request, data);
      case 412 ->
          List.of(
              sent(headers.companyHeader(), request.header(headers.companyHeader())),
              sent(headers.versionHeader(), request.header(headers.versionHeader())),
              "Supported versions: " + String.join(", ", headers.supportedVersions()) + ".");
      case 403 -> accessFacts(request.header(headers.companyHeader()), trace.identity(), data);
      default -> List.of();
    };
  }

  /** The bearer token of an Authorization value: what follows its first space, or null. */
  private static String token(String authorization) {
    if (authorization == null) {
      return null;
    }
    int space = authorization.indexOf(' ');
    return space < 0 ? null : authorization.substring(space + 1).trim();
  }

  private static String sent(String header, String value) {
    return value == null
        ? "No " + header + " header was sent."
        : header + " was '" + value + "'" + (value.isBlank() ? " (blank)." : ".");
  }

  private static List<String> authorizationFacts(EndpointRequest request, Dataset data) {
    String authorization = request.header(Authenticator.HEADER);
    if (authorization == null) {
      return List.of("No Authorization header was sent.");
    }
    String token = token(authorization);
    if (token == null || token.isEmpty()) {
      return List.of("The Authorization header carries no token after its scheme.");
    }
    Optional<Identity> owner = data.identityByToken(token);
    if (owner.isEmpty()) {
      return List.of("No identity of the mock has the token '" + token + "'.");
    }
    return List.of(
        "The token belongs to the identity '"
            + owner.get().name()
            + "'"
            + (owner.get().revoked() ? ", which is revoked." : "."));
  }

  /** Why the identity the request authenticated as may not list {@code company}. */
  private List<String> accessFacts(String company, Optional<Identity> identity, Dataset data) {
    if (identity.isEmpty() || company == null) {
      return List.of();
    }
    String name = "The identity '" + identity.get().name() + "'";
    if (data.company(company).isEmpty()) {
      return List.of(
          "The mock has no company '"
              + company
              + "' (answered like a company without access, so tenants cannot be enumerated).");
    }
    Optional<Set<String>> granted = identity.get().permissionsIn(company);
    if (granted.isEmpty()) {
      return List.of(
          name
              + " has no access to '"
              + company
              + "'; it has access to "
              + (identity.get().permissions().isEmpty()
                  ? "no company"
                  : String.join(", ", identity.get().permissions().keySet()))
              + ".");
    }
    return List.of(
        name
            + " holds "
            + (granted.get().isEmpty() ? "no permission" : String.join(", ", granted.get()))
            + " in '"
            + company
            + "'; listing needs one of "
            + String.join(", ", contract.access().permissions().keySet())
            + ".");
  }

  static ArrayNode list(List<Interpretation> found) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (Interpretation interpretation : found) {
      out.addObject()
          .put("number", interpretation.number())
          .put("title", interpretation.title())
          .put("text", interpretation.text());
    }
    return out;
  }
}
