package io.wethodkit.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.conformance.catalogue.ContractParameters;
import io.wethodkit.conformance.catalogue.GrammarParameter;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.PageParameter;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The values the suite sends as invalid are invalid by the contract (judged here from its patterns,
 * bounds and calendar), and the values it sends as valid are valid: a mistake there would fail a
 * correct implementation.
 */
class InvalidValuesTest {

  private static final Pattern UNSIGNED = Pattern.compile("0|[1-9][0-9]*");
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

  private boolean valid(GrammarParameter parameter, String value) {
    return switch (parameter.kind()) {
      case FILTER -> validFilterValue(parameter.filter().orElseThrow(), value);
      case DELETION -> contract.deletionFilter().scopes().containsKey(value);
      case LIMIT -> validPage(contract.limit(), value);
      case OFFSET -> validPage(contract.offset(), value);
    };
  }

  private static boolean validPage(PageParameter page, String value) {
    if (!UNSIGNED.matcher(value).matches()) {
      return false;
    }
    BigInteger number = new BigInteger(value);
    return number.compareTo(BigInteger.valueOf(page.minimum())) >= 0
        && (page.maximum().isEmpty()
            || number.compareTo(BigInteger.valueOf(page.maximum().getAsLong())) <= 0);
  }

  private static boolean validFilterValue(FilterDefinition filter, String value) {
    if (!Pattern.compile(filter.pattern().orElseThrow()).matcher(value).matches()) {
      return false;
    }
    String operand = value.replaceFirst("^(gt|lt):", "");
    try {
      switch (filter.type()) {
        case DATE -> LocalDate.parse(operand);
        case DATE_TIME -> OffsetDateTime.parse(operand);
        case INTEGER -> {
          long number = Long.parseLong(operand);
          return (filter.minimum().isEmpty() || number >= filter.minimum().getAsLong())
              && (filter.maximum().isEmpty() || number <= filter.maximum().getAsLong());
        }
      }
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
