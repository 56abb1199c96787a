package io.wethodkit.mock.filter;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.DeletionFilter;
import io.wethodkit.contract.ErrorAnswer;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.PageParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the query parser checks, read from the contract: the query parameters in the contract's
 * order (the order of a 400's failures), the filters, the deletion filter and the two pagination
 * parameters. The {@code with...} copies let a test or a variant change one rule.
 */
public record QueryRules(
    List<String> order,
    List<FilterDefinition> filters,
    DeletionFilter deletion,
    PageParameter limit,
    PageParameter offset,
    ErrorAnswer invalidData) {

  public QueryRules {
    order = List.copyOf(order);
    filters = List.copyOf(filters);
  }

  public static QueryRules from(Contract contract) {
    Operation operation = contract.openApi().getPaths().get(contract.path()).getGet();
    List<String> order = new ArrayList<>();
    for (Parameter parameter : Optional.ofNullable(operation.getParameters()).orElseGet(List::of)) {
      if ("query".equals(parameter.getIn())) {
        order.add(parameter.getName());
      }
    }
    return new QueryRules(
        order,
        contract.filters(),
        contract.deletionFilter(),
        contract.limit(),
        contract.offset(),
        contract.error(400));
  }

  public Optional<FilterDefinition> filter(String parameter) {
    return filters.stream().filter(f -> f.parameter().equals(parameter)).findFirst();
  }

  public QueryRules withFilters(List<FilterDefinition> replaced) {
    return new QueryRules(order, replaced, deletion, limit, offset, invalidData);
  }

  public QueryRules withDeletion(DeletionFilter replaced) {
    return new QueryRules(order, filters, replaced, limit, offset, invalidData);
  }

  public QueryRules withLimit(PageParameter replaced) {
    return new QueryRules(order, filters, deletion, replaced, offset, invalidData);
  }

  public QueryRules withOffset(PageParameter replaced) {
    return new QueryRules(order, filters, deletion, limit, replaced, invalidData);
  }
}
