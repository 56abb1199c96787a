package io.wethodkit.contract.prism;

import java.util.Map;

/**
 * One request of the Prism run.
 *
 * @param method the HTTP method
 * @param rawQuery the query string exactly as sent (already percent-encoded), empty for none
 * @param headers the request headers, in order
 * @param schemaValid whether a validator that reads the contract's schemas should let it through
 * @param what a short description, for the report
 */
record Probe(
    String method, String rawQuery, Map<String, String> headers, boolean schemaValid, String what) {

  /** The request target: the contract's path and the query. */
  String target(String path) {
    return rawQuery.isEmpty() ? path : path + "?" + rawQuery;
  }
}
