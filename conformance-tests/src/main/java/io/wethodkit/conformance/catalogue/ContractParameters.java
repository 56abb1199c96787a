package io.wethodkit.conformance.catalogue;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.wethodkit.contract.Contract;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The contract's query parameters that have a grammar, in the order the contract lists them. */
public final class ContractParameters {

  private ContractParameters() {}

  public static List<GrammarParameter> of(Contract contract) {
    Operation operation = contract.openApi().getPaths().get(contract.path()).getGet();
    List<GrammarParameter> out = new ArrayList<>();
    for (Parameter parameter : Optional.ofNullable(operation.getParameters()).orElseGet(List::of)) {
      if (!"query".equals(parameter.getIn())) {
        continue;
      }
      String name = parameter.getName();
      if (contract.filter(name).isPresent()) {
        out.add(new GrammarParameter(name, GrammarParameter.Kind.FILTER, contract.filter(name)));
      } else if (name.equals(contract.deletionFilter().parameter())) {
        out.add(new GrammarParameter(name, GrammarParameter.Kind.DELETION, Optional.empty()));
      } else if (name.equals(contract.limit().parameter())) {
        out.add(new GrammarParameter(name, GrammarParameter.Kind.LIMIT, Optional.empty()));
      } else if (name.equals(contract.offset().parameter())) {
        out.add(new GrammarParameter(name, GrammarParameter.Kind.OFFSET, Optional.empty()));
      }
    }
    return List.copyOf(out);
  }

  /** The upper-case form of a name that requirement ids use: {@code date_start -> DATE-START}. */
  public static String idPart(String name) {
    return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-");
  }
}
