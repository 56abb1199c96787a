package io.wethodkit.conformance.catalogue;

import io.wethodkit.contract.Contract;
import io.wethodkit.contract.DeletionScope;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns catalogue entries into requirements for one contract: a template yields one requirement per
 * contract item it ranges over, so a contract with one more filter yields that filter's
 * requirements with no change to the suite.
 */
final class TemplateExpander {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  private final Contract contract;
  private final Map<String, String> globals;

  TemplateExpander(Contract contract) {
    this.contract = contract;
    this.globals = globals(contract);
  }

  List<Requirement> expand(CatalogueEntry entry) {
    if (entry.each() == null) {
      return List.of(requirement(entry, Map.of(), Map.of()));
    }
    List<Requirement> out = new ArrayList<>();
    for (Item item : items(entry.each())) {
      if (item.matches(entry.conditions())) {
        out.add(requirement(entry, item.vars(), item.bindings()));
      }
    }
    return out;
  }

  private Requirement requirement(
      CatalogueEntry entry, Map<String, String> itemVars, Map<String, String> itemBindings) {
    Map<String, String> vars = new LinkedHashMap<>(globals);
    vars.putAll(itemVars);
    Map<String, String> bindings = new LinkedHashMap<>(itemBindings);
    bindings.putAll(entry.fixedParams());
    if (entry.level() == Level.SHOULD && blank(entry.rationale())) {
      throw new CatalogueException(entry.id() + " is a SHOULD without a rationale");
    }
    if (entry.level() == Level.MUST && blank(entry.source())) {
      throw new CatalogueException(entry.id() + " is a MUST without a source");
    }
    if (entry.level() == Level.MUST && (entry.page() == null || entry.page().isEmpty())) {
      throw new CatalogueException(
          entry.id() + " is a MUST without the sentences of the reference page it rests on");
    }
    return new Requirement(
        fill(entry.id(), vars, entry.id()),
        entry.level(),
        entry.status(),
        entry.area(),
        fill(entry.title(), vars, entry.id()),
        entry.source() == null ? null : fill(entry.source(), vars, entry.id()),
        entry.page() == null
            ? List.of()
            : entry.page().stream().map(line -> fill(line, vars, entry.id())).toList(),
        entry.rationale() == null ? null : fill(entry.rationale(), vars, entry.id()),
        checkKind(entry),
        bindings);
  }

  private static CheckKind checkKind(CatalogueEntry entry) {
    return CheckKind.named(entry.check())
        .orElseThrow(
            () ->
                new CatalogueException(
                    entry.id() + " names an unknown check '" + entry.check() + "'"));
  }

  private List<Item> items(String each) {
    List<Item> items = new ArrayList<>();
    switch (each) {
      case "filter" -> contract.filters().forEach(filter -> items.add(filterItem(filter, null)));
      case "filter-operator" ->
          contract
              .filters()
              .forEach(
                  filter -> filter.operators().forEach(op -> items.add(filterItem(filter, op))));
      case "query-parameter" ->
          ContractParameters.of(contract).forEach(parameter -> items.add(parameterItem(parameter)));
      case "deletion-value" ->
          contract
              .deletionFilter()
              .scopes()
              .forEach((value, scope) -> items.add(deletionItem(value, scope)));
      default -> throw new CatalogueException("unknown template range 'each: " + each + "'");
    }
    return items;
  }

  private Item filterItem(FilterDefinition filter, FilterOperator operator) {
    Map<String, String> vars = new LinkedHashMap<>();
    Map<String, List<String>> facts = new LinkedHashMap<>();
    Map<String, String> bindings = new LinkedHashMap<>();
    vars.put("PARAMETER", ContractParameters.idPart(filter.parameter()));
    vars.put("parameter", filter.parameter());
    vars.put("field", filter.field());
    vars.put("type", filter.type().contractName());
    vars.put("grammar", filter.grammar());
    bindings.put("parameter", filter.parameter());
    facts.put("type", List.of(filter.type().contractName()));
    facts.put("operators", filter.operators().stream().map(FilterOperator::contractName).toList());
    facts.put("kind", List.of(GrammarParameter.Kind.FILTER.catalogueName()));
    if (operator != null) {
      vars.put("OPERATOR", operator.contractName().toUpperCase(Locale.ROOT));
      vars.put("operator", operator.contractName());
      vars.put("form", operator.format("V"));
      bindings.put("operator", operator.contractName());
      facts.put("operator", List.of(operator.contractName()));
    }
    return new Item(vars, bindings, facts);
  }

  private Item parameterItem(GrammarParameter parameter) {
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("PARAMETER", ContractParameters.idPart(parameter.name()));
    vars.put("parameter", parameter.name());
    vars.put("grammar", grammar(parameter));
    Map<String, List<String>> facts = new LinkedHashMap<>();
    facts.put("kind", List.of(parameter.kind().catalogueName()));
    parameter
        .filter()
        .ifPresent(filter -> facts.put("type", List.of(filter.type().contractName())));
    return new Item(vars, Map.of("parameter", parameter.name()), facts);
  }

  private Item deletionItem(String value, DeletionScope scope) {
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("VALUE", ContractParameters.idPart(value));
    vars.put("value", value);
    vars.put("scope", scope.contractName());
    return new Item(vars, Map.of("value", value), Map.of("scope", List.of(scope.contractName())));
  }

  private String grammar(GrammarParameter parameter) {
    return switch (parameter.kind()) {
      case FILTER -> parameter.filter().orElseThrow().grammar();
      case DELETION -> "one of " + String.join(", ", contract.deletionFilter().scopes().keySet());
      case LIMIT -> contract.limit().grammar();
      case OFFSET -> contract.offset().grammar();
    };
  }

  private static Map<String, String> globals(Contract contract) {
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("limit", contract.limit().parameter());
    vars.put(
        "limitMax",
        contract.limit().maximum().isPresent()
            ? String.valueOf(contract.limit().maximum().getAsLong())
            : "the maximum");
    vars.put("limitDefault", String.valueOf(contract.limit().defaultValue()));
    vars.put("offset", contract.offset().parameter());
    vars.put("offsetDefault", String.valueOf(contract.offset().defaultValue()));
    vars.put("deleted", contract.deletionFilter().parameter());
    vars.put("deletedDefault", contract.deletionFilter().defaultValue());
    vars.put("companyHeader", contract.headers().companyHeader());
    vars.put("versionHeader", contract.headers().versionHeader());
    vars.put("viewPermission", contract.access().permissionFor(Visibility.OWN));
    vars.put("viewOtherPermission", contract.access().permissionFor(Visibility.OTHERS));
    vars.put("ownerFields", String.join(", ", contract.access().ownerFields()));
    vars.put("invalidKey", contract.error(400).key());
    vars.put("unauthorizedKey", contract.error(401).key());
    vars.put("forbiddenKey", contract.error(403).key());
    vars.put("preconditionKey", contract.error(412).key());
    return vars;
  }

  private static String fill(String text, Map<String, String> vars, String where) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = vars.get(matcher.group(1));
      if (value == null) {
        throw new CatalogueException(where + ": unknown placeholder {" + matcher.group(1) + "}");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** One contract item a template ranges over: its placeholders, bindings and matchable facts. */
  private record Item(
      Map<String, String> vars, Map<String, String> bindings, Map<String, List<String>> facts) {

    boolean matches(Map<String, List<String>> conditions) {
      for (Map.Entry<String, List<String>> condition : conditions.entrySet()) {
        List<String> known = facts.get(condition.getKey());
        if (known == null) {
          return false;
        }
        boolean ok =
            "operators".equals(condition.getKey())
                ? known.containsAll(condition.getValue())
                : condition.getValue().stream().anyMatch(known::contains);
        if (!ok) {
          return false;
        }
      }
      return true;
    }
  }
}
