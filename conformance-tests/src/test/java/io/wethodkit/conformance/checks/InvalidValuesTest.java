package io.wethodkit.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.conformance.catalogue.ContractParameters;
import io.wethodkit.conformance.catalogue.GrammarParameter;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.FilterValueType;
import io.wethodkit.contract.PageParameter;
import org.junit.jupiter.api.Test;

/**
 * The values the suite sends as invalid are invalid by the contract (judged here by the contract's
 * own reading of its text forms and bounds), and the values it sends as valid are valid: a mistake
 * there would fail a correct implementation.
 */
class InvalidValuesTest {

  private final Contract contract = Contract.bundled();
  private final InvalidValues values = new InvalidValues(contract);

  @Test
  void invalidValuesBreakTheContractAndValidOnesDoNot() {
    for (GrammarParameter parameter : ContractParameters.of(contract)) {
      assertThat(valid(parameter, values.valid(parameter))).as(parameter.name()).isTrue();
      for (String value : values.outside(parameter)) {
        assertThat(valid(parameter, value)).as(parameter.name() + "=" + value).isFalse();
      }
      for (String value : values.ungrammatical(parameter)) {
        assertThat(valid(parameter, value)).as(parameter.name() + "=" + value).isFalse();
      }
      assertThat(values.outside(parameter)).as(parameter.name()).isNotEmpty();
      assertThat(values.ungrammatical(parameter)).as(parameter.name()).contains("");
    }
  }

  @Test
  void probesTheFormsThatOnlyTheExactGrammarRulesOut() {
    for (GrammarParameter parameter : ContractParameters.of(contract)) {
      boolean integer =
          switch (parameter.kind()) {
            case FILTER -> parameter.filter().orElseThrow().type() == FilterValueType.INTEGER;
            case LIMIT, OFFSET -> true;
            case DELETION -> false;
          };
      if (integer) {
        assertThat(values.ungrammatical(parameter))
            .as(parameter.name())
            .anyMatch(value -> value.endsWith("-0"));
      }
    }
  }

  private boolean valid(GrammarParameter parameter, String value) {
    return switch (parameter.kind()) {
      case FILTER -> validFilterValue(parameter.filter().orElseThrow(), value);
      case DELETION -> contract.deletionFilter().scopes().containsKey(value);
      case LIMIT -> validPage(contract.limit(), value);
      case OFFSET -> validPage(contract.offset(), value);
    };
  }

  private static boolean validPage(PageParameter page, String value) {
    return page.read(value).isPresent();
  }

  /** A value is valid when one of the filter's operators reads it and its operand is accepted. */
  private static boolean validFilterValue(FilterDefinition filter, String value) {
    for (FilterOperator operator : filter.operators()) {
      boolean prefixed = !operator.prefix().isEmpty() && value.startsWith(operator.prefix());
      if (prefixed) {
        return filter.accepts(value.substring(operator.prefix().length()));
      }
    }
    return filter.operators().contains(FilterOperator.EQ) && filter.accepts(value);
  }
}
