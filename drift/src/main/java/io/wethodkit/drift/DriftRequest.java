package io.wethodkit.drift;

import io.wethodkit.conformance.client.QueryString;
import io.wethodkit.conformance.client.TargetRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One generated request: who sends it, which headers differ from the config's, and the query.
 * Minimisation takes it apart element by element.
 */
public record DriftRequest(
    Caller caller, List<HeaderChange> headerChanges, List<QueryParam> params) {

  public DriftRequest {
    headerChanges = List.copyOf(headerChanges);
    params = List.copyOf(params);
  }

  /** The wire form, given the headers every request carries (company and version). */
  public TargetRequest toTarget(Map<String, String> baseHeaders) {
    Map<String, String> headers = new LinkedHashMap<>();
    caller.authorization().ifPresent(value -> headers.put("Authorization", value));
    headers.putAll(baseHeaders);
    TargetRequest request = new TargetRequest("", headers);
    for (HeaderChange change : headerChanges) {
      request =
          change.value() == null
              ? request.withoutHeader(change.header())
              : request.withHeader(change.header(), change.value());
    }
    QueryString query = QueryString.empty();
    params.forEach(param -> query.add(param.name(), param.value()));
    return request.withQuery(query);
  }

  public DriftRequest withCaller(Caller replaced) {
    return new DriftRequest(replaced, headerChanges, params);
  }

  public DriftRequest without(HeaderChange change) {
    List<HeaderChange> rest = new ArrayList<>(headerChanges);
    rest.remove(change);
    return new DriftRequest(caller, rest, params);
  }

  public DriftRequest without(int paramIndex) {
    List<QueryParam> rest = new ArrayList<>(params);
    rest.remove(paramIndex);
    return new DriftRequest(caller, headerChanges, rest);
  }

  /** How big it is: minimisation keeps the smaller of two requests showing the same group. */
  public int size() {
    return params.size() + headerChanges.size() + (caller.isBoth() ? 0 : 1);
  }

  /** The causes it combines, e.g. {@code probability gt, deleted}; for group names. */
  public String causes() {
    List<String> parts = new ArrayList<>();
    headerChanges.forEach(change -> parts.add(change.cause()));
    params.forEach(param -> parts.add(param.cause()));
    return parts.isEmpty() ? "no parameter" : String.join(", ", parts);
  }

  /** The query as sent (encoded). */
  public String query() {
    return params.stream()
        .map(p -> QueryString.encode(p.name()) + "=" + QueryString.encode(p.value()))
        .collect(Collectors.joining("&"));
  }
}
