package io.wethodkit.mock.filter;

import io.wethodkit.contract.Contract;
import io.wethodkit.contract.DeletionScope;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.mock.endpoint.FieldFailure;
import io.wethodkit.mock.endpoint.FilterCriterion;
import io.wethodkit.mock.endpoint.ListQuery;
import io.wethodkit.mock.endpoint.Outcome;
import io.wethodkit.mock.endpoint.QueryParser;
import io.wethodkit.mock.endpoint.Refusal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The query parser of the contract: checks every parameter the contract defines and lists every
 * invalid one, in the contract's order; parameters it does not define are ignored.
 */
public final class ContractQueryParser implements QueryParser {

  private final QueryRules rules;
  private final Set<String> names;
  private final ListQuery defaults;

  public ContractQueryParser(Contract contract) {
    this(QueryRules.from(contract));
  }

  public ContractQueryParser(QueryRules rules) {
    this.rules = rules;
    this.names = new HashSet<>(rules.order());
    this.defaults =
        new ListQuery(
            List.of(),
            rules.deletion().scopes().get(rules.deletion().defaultValue()),
            rules.limit().defaultValue(),
            rules.offset().defaultValue());
  }

  public QueryRules rules() {
    return rules;
  }

  @Override
  public Outcome<ListQuery> parse(String rawQuery) {
    Map<String, List<RawQuery.Value>> given = RawQuery.parse(rawQuery, names);
    if (given.isEmpty()) {
      return Outcome.ok(defaults);
    }
    List<FieldFailure> failures = new ArrayList<>();
    List<FilterCriterion> criteria = new ArrayList<>();
    DeletionScope deletion = defaults.deletion();
    long limit = defaults.limit();
    long offset = defaults.offset();
    for (String name : rules.order()) {
      List<RawQuery.Value> values = given.get(name);
      if (values == null) {
        continue;
      }
      if (values.size() > 1) {
        failures.add(
            new FieldFailure(
                name, "must be given only once (it appears " + values.size() + " times)"));
        continue;
      }
      RawQuery.Value value = values.get(0);
      if (!value.decodable()) {
        failures.add(
            new FieldFailure(
                name, "is not valid percent-encoding of UTF-8 text (write a literal % as %25)"));
        continue;
      }
      String text = value.text();
      Optional<FilterDefinition> filter = rules.filter(name);
      if (filter.isPresent()) {
        FilterValues.Result result =
            text.isEmpty()
                ? FilterValues.Result.failure(
                    "must not be empty; " + FilterValues.mustBe(filter.get()))
                : FilterValues.read(filter.get(), text);
        if (result.ok()) {
          criteria.add(result.criterion());
        } else {
          failures.add(new FieldFailure(name, result.failure()));
        }
      } else if (name.equals(rules.deletion().parameter())) {
        DeletionScope scope = rules.deletion().scopes().get(text);
        if (scope == null) {
          failures.add(
              new FieldFailure(
                  name, "must be one of " + String.join(", ", rules.deletion().scopes().keySet())));
        } else {
          deletion = scope;
        }
      } else if (name.equals(rules.limit().parameter())) {
        OptionalLong parsed = rules.limit().read(text);
        if (parsed.isEmpty()) {
          failures.add(new FieldFailure(name, "must be " + rules.limit().grammar()));
        } else {
          limit = parsed.getAsLong();
        }
      } else if (name.equals(rules.offset().parameter())) {
        OptionalLong parsed = rules.offset().read(text);
        if (parsed.isEmpty()) {
          failures.add(new FieldFailure(name, "must be " + rules.offset().grammar()));
        } else {
          offset = parsed.getAsLong();
        }
      }
    }
    if (!failures.isEmpty()) {
      return Outcome.refused(Refusal.invalid(rules.invalidData(), failures));
    }
    return Outcome.ok(new ListQuery(criteria, deletion, limit, offset));
  }
}
