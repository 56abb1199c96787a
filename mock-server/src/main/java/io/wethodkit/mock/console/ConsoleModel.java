package io.wethodkit.mock.console;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.DeletionFilter;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.PageParameter;
import io.wethodkit.mock.store.Company;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.Json;

/**
 * What the console's form is built from, as JSON: the endpoint's path, headers, filters with their
 * operators, deletion scope and paging parameters (all read from the contract), the companies of
 * the dataset and the admin API's root.
 */
final class ConsoleModel {

  private final Contract contract;
  private final String adminRoot;

  ConsoleModel(Contract contract, String adminRoot) {
    this.contract = contract;
    this.adminRoot = adminRoot;
  }

  ObjectNode write(Dataset data) {
    ObjectNode model = Json.object();
    model.put("path", contract.path());
    model.put("adminRoot", adminRoot);
    model.put("companyHeader", contract.headers().companyHeader());
    model.put("versionHeader", contract.headers().versionHeader());
    ArrayNode versions = model.putArray("supportedVersions");
    contract.headers().supportedVersions().forEach(versions::add);
    ArrayNode filters = model.putArray("filters");
    contract.filters().forEach(filter -> filters.add(filter(filter)));
    model.set("deletion", deletion(contract.deletionFilter()));
    model.set("limit", page(contract.limit()));
    model.set("offset", page(contract.offset()));
    ObjectNode permissions = model.putObject("permissions");
    contract
        .access()
        .permissions()
        .forEach((name, sees) -> permissions.put(name, sees.contractName()));
    ArrayNode owners = model.putArray("ownerFields");
    contract.access().ownerFields().forEach(owners::add);
    ArrayNode companies = model.putArray("companies");
    for (Company company : data.companies()) {
      companies.addObject().put("slug", company.slug()).put("name", company.name());
    }
    return model;
  }

  private static ObjectNode filter(FilterDefinition filter) {
    ObjectNode node = Json.object();
    node.put("parameter", filter.parameter());
    node.put("field", filter.field());
    node.put("type", filter.type().contractName());
    filter.minimum().ifPresent(min -> node.put("minimum", min));
    filter.maximum().ifPresent(max -> node.put("maximum", max));
    node.put("grammar", filter.grammar());
    ArrayNode operators = node.putArray("operators");
    for (FilterOperator operator : filter.operators()) {
      operators.addObject().put("name", operator.contractName()).put("prefix", operator.prefix());
    }
    return node;
  }

  private static ObjectNode deletion(DeletionFilter deletion) {
    ObjectNode node = Json.object();
    node.put("parameter", deletion.parameter());
    node.put("field", deletion.field());
    node.put("default", deletion.defaultValue());
    ArrayNode values = node.putArray("values");
    deletion
        .scopes()
        .forEach(
            (value, scope) ->
                values.addObject().put("value", value).put("keeps", scope.contractName()));
    return node;
  }

  private static ObjectNode page(PageParameter parameter) {
    ObjectNode node = Json.object();
    node.put("parameter", parameter.parameter());
    node.put("minimum", parameter.minimum());
    parameter.maximum().ifPresent(max -> node.put("maximum", max));
    node.put("default", parameter.defaultValue());
    node.put("grammar", parameter.grammar());
    return node;
  }
}
