package io.wethodkit.mock.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.semantics.FieldFailure;
import io.wethodkit.mock.endpoint.Answer;
import io.wethodkit.mock.endpoint.ErrorRenderer;
import io.wethodkit.mock.endpoint.Refusal;
import io.wethodkit.mock.store.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Error answers as the contract's error schemas state them: {@code {"key", "message"}}, plus {@code
 * failures} on a 400, with the headers the contract fixes for the status (e.g. {@code
 * WWW-Authenticate} on a 401).
 */
public final class JsonErrorRenderer implements ErrorRenderer {

  private final String mediaType;
  private final Map<Integer, Map<String, String>> headersByStatus = new ConcurrentHashMap<>();
  private final Contract contract;

  public JsonErrorRenderer(Contract contract) {
    this.contract = contract;
    this.mediaType = ContractMedia.mediaType(contract);
    for (int status : new int[] {400, 401, 403, 412}) {
      headersByStatus.put(status, headers(status));
    }
  }

  private Map<String, String> headers(int status) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", mediaType);
    headers.putAll(ContractMedia.fixedHeaders(contract, status));
    return headers;
  }

  @Override
  public Answer render(Refusal refusal) {
    ObjectNode body = Json.object();
    body.put("key", refusal.key());
    body.put("message", refusal.message());
    if (!refusal.failures().isEmpty() || refusal.status() == 400) {
      ArrayNode failures = body.putArray("failures");
      for (FieldFailure failure : refusal.failures()) {
        failures.addObject().put("field", failure.field()).put("message", failure.message());
      }
    }
    Map<String, String> headers =
        headersByStatus.computeIfAbsent(
            refusal.status(), status -> Map.of("Content-Type", mediaType));
    return new Answer(refusal.status(), headers, Json.bytes(body));
  }
}
