package io.wethodkit.conformance.seeded;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * A request of the fixtures' {@code golden.json} with the answer the contract prescribes for it on
 * the fixture dataset.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldenCase(String name, String identity, Request request, Expect expect) {

  /** The query exactly as sent (already percent-encoded) and the headers sent. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Request(String query, Map<String, String> headers) {
    public Request {
      query = query == null ? "" : query;
      headers = headers == null ? Map.of() : headers;
    }
  }

  /** The expected answer: status, then ids in order (200), or key and failure fields (errors). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Expect(int status, List<Long> ids, String key, List<String> failureFields) {}

  /** The area of the case, the first segment of its name ({@code filter}, {@code auth}, ...). */
  public String area() {
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
