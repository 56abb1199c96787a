package io.wethodkit.mock.support;

import io.wethodkit.mock.endpoint.Answer;
import io.wethodkit.mock.endpoint.EndpointRequest;
import io.wethodkit.mock.store.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Requests handed to the endpoint directly, without HTTP, and the ids of its answers. */
public final class EndpointCalls {

  private EndpointCalls() {}

  /**
   * A list request with {@code query} as {@code token} (Bearer) for {@code company} at the
   * contract's version; a null token or company leaves its header out.
   */
  public static EndpointRequest request(String token, String company, String query) {
    Map<String, String> headers = new HashMap<>();
    if (token != null) {
      headers.put("Authorization", "Bearer " + token);
    }
    if (company != null) {
      headers.put("Wethod-Company", company);
    }
    headers.put("Wethod-Version", "2024-06-15");
    return EndpointRequest.of(query, headers);
  }

  /** The ids of the projects in an answer's body, in order. */
  public static List<Long> ids(Answer answer) {
    List<Long> ids = new ArrayList<>();
    Json.parse(answer.body(), "answer").forEach(p -> ids.add(p.get("id").asLong()));
    return ids;
  }
}
