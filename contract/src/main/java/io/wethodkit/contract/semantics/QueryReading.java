package io.wethodkit.contract.semantics;

import java.util.List;

/** What a query string reads as: a valid query, or every invalid parameter in contract order. */
public record QueryReading(ListQuery query, List<FieldFailure> failures) {

  public QueryReading {
    failures = List.copyOf(failures);
  }

  static QueryReading valid(ListQuery query) {
    return new QueryReading(query, List.of());
  }

  static QueryReading invalid(List<FieldFailure> failures) {
    return new QueryReading(null, failures);
  }

  public boolean valid() {
    return failures.isEmpty();
  }
}
