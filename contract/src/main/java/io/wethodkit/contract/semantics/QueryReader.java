package io.wethodkit.contract.semantics;

import io.wethodkit.contract.Contract;
import io.wethodkit.contract.DeletionFilter;
import io.wethodkit.contract.DeletionScope;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.PageParameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads a query string against the contract (Interpretation 5): every parameter the contract
 * defines is checked and every invalid one listed, in the contract's order; a parameter given
 * twice, not valid percent-encoding or empty is invalid; parameters the contract does not define
 * are ignored.
 */
public final class QueryReader {

  private final List<String> order;
  private final Set<String> names;
  private final Map<String, FilterDefinition> filters = new HashMap<>();
  private final DeletionFilter deletion;
  private final PageParameter limit;
  private final PageParameter offset;
  private final ListQuery defaults;

  public QueryReader(Contract contract) {
    this.order = List.copyOf(contract.queryParameters());
    this.names = new HashSet<>(order);
    contract.filters().forEach(filter -> filters.put(filter.parameter(), filter));
    this.deletion = contract.deletionFilter();
    this.limit = contract.limit();
    this.offset = contract.offset();
    this.defaults =
        new ListQuery(
            List.of(),
            deletion.scopes().get(deletion.defaultValue()),
            limit.defaultValue(),
            offset.defaultValue());
  }

  /** The query when the request names none of the contract's parameters. */
  public ListQuery defaults() {
    return defaults;
  }

  /** Reads {@code rawQuery}, the query string as sent (still percent-encoded, no {@code ?}). */
  public QueryReading read(String rawQuery) {
    RawQuery given = RawQuery.parse(rawQuery, names);
    if (given.isEmpty()) {
      return QueryReading.valid(defaults);
    }
    List<FieldFailure> failures = new ArrayList<>();
    List<FilterCriterion> criteria = new ArrayList<>();
    List<String> named = new ArrayList<>(4);
    DeletionScope scope = defaults.deletion();
    long pageLimit = defaults.limit();
    long pageOffset = defaults.offset();
    for (String name : order) {
      List<RawQuery.Parameter> values = given.named(name);
      if (values.isEmpty()) {
        continue;
      }
      named.add(name);
      if (values.size() > 1) {
        failures.add(
            new FieldFailure(
                name,
                "must be given only once (it appears " + values.size() + " times)",
                FieldFailure.Kind.REPEATED));
        continue;
      }
      RawQuery.Parameter value = values.get(0);
      if (!value.decodable()) {
        failures.add(
            new FieldFailure(
                name,
                "is not valid percent-encoding of UTF-8 text (write a literal % as %25)",
                FieldFailure.Kind.UNDECODABLE));
        continue;
      }
      String text = value.text();
      // An empty value fails by each parameter's own rule; its kind is the same for all.
      FieldFailure.Kind plain =
          text.isEmpty() ? FieldFailure.Kind.EMPTY : FieldFailure.Kind.INVALID;
      FilterDefinition filter = filters.get(name);
      if (filter != null) {
        Reading<FilterCriterion> criterion = FilterCriterion.read(filter, text);
        if (criterion.ok()) {
          criteria.add(criterion.value());
        } else {
          failures.add(new FieldFailure(name, criterion.failure(), criterion.kind()));
        }
      } else if (name.equals(deletion.parameter())) {
        DeletionScope read = deletion.scopes().get(text);
        if (read == null) {
          failures.add(
              new FieldFailure(
                  name, "must be one of " + String.join(", ", deletion.scopes().keySet()), plain));
        } else {
          scope = read;
        }
      } else if (name.equals(limit.parameter())) {
        OptionalLong read = limit.read(text);
        if (read.isEmpty()) {
          failures.add(new FieldFailure(name, "must be " + limit.grammar(), plain));
        } else {
          pageLimit = read.getAsLong();
        }
      } else if (name.equals(offset.parameter())) {
        OptionalLong read = offset.read(text);
        if (read.isEmpty()) {
          failures.add(new FieldFailure(name, "must be " + offset.grammar(), plain));
        } else {
          pageOffset = read.getAsLong();
        }
      }
    }
    if (!failures.isEmpty()) {
      return QueryReading.invalid(failures);
    }
    return QueryReading.valid(
        new ListQuery(criteria, scope, pageLimit, pageOffset, Set.copyOf(named)));
  }
}
