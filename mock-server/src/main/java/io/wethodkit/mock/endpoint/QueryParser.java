package io.wethodkit.mock.endpoint;

import io.wethodkit.contract.semantics.ListQuery;

/** The query string read into a {@link ListQuery} (400 listing every invalid parameter). */
@FunctionalInterface
public interface QueryParser {
  Outcome<ListQuery> parse(String rawQuery);
}
