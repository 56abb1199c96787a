package io.wethodkit.mock.filter;

import io.wethodkit.contract.ErrorAnswer;
import io.wethodkit.contract.semantics.ListQuery;
import io.wethodkit.contract.semantics.QueryReader;
import io.wethodkit.contract.semantics.QueryReading;
import io.wethodkit.contract.semantics.Semantics;
import io.wethodkit.mock.endpoint.Outcome;
import io.wethodkit.mock.endpoint.QueryParser;
import io.wethodkit.mock.endpoint.Refusal;

/**
 * The query parser of the contract: the contract's {@link QueryReader}, whose failures make the
 * contract's 400.
 */
public final class ContractQueryParser implements QueryParser {

  private final QueryReader reader;
  private final ErrorAnswer invalidData;
  private final Outcome<ListQuery> defaults;

  public ContractQueryParser(Semantics semantics) {
    this.reader = semantics.queries();
    this.invalidData = semantics.contract().error(400);
    this.defaults = Outcome.ok(reader.defaults());
  }

  @Override
  public Outcome<ListQuery> parse(String rawQuery) {
    QueryReading reading = reader.read(rawQuery);
    if (!reading.valid()) {
      return Outcome.refused(Refusal.invalid(invalidData, reading.failures()));
    }
    return reading.query() == reader.defaults() ? defaults : Outcome.ok(reading.query());
  }
}
