package io.wethodkit.contract.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.contract.Contract;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.FilterValueType;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ContractCopiesTest {

  @Test
  void theCopyWithADurationFilterParsesAndHasTheFilter() {
    Contract copy = ContractCopies.withDurationFilter();

    FilterDefinition duration = copy.filter("duration").orElseThrow();
    assertThat(duration.field()).isEqualTo("duration");
    assertThat(duration.type()).isEqualTo(FilterValueType.INTEGER);
    assertThat(duration.minimum()).isEqualTo(OptionalLong.of(1));
    assertThat(duration.maximum()).isEmpty();
    assertThat(duration.operators())
        .containsExactly(FilterOperator.EQ, FilterOperator.GT, FilterOperator.LT);
    assertThat(duration.grammar()).isEqualTo("N, gt:N or lt:N with N an integer of at least 1");
  }

  @Test
  void theCopyKeepsEverythingElseOfTheBundledContract() {
    Contract bundled = Contract.bundled();
    Contract copy = ContractCopies.withDurationFilter();

    assertThat(copy.path()).isEqualTo(bundled.path());
    assertThat(copy.filters()).containsAll(bundled.filters());
    assertThat(copy.filters()).hasSize(bundled.filters().size() + 1);
    assertThat(copy.limit()).isEqualTo(bundled.limit());
    assertThat(ContractCopies.withDurationFilterText())
        .contains("      description: Filter items by the duration field, in months.\n")
        .containsOnlyOnce("      name: duration\n");
  }
}
