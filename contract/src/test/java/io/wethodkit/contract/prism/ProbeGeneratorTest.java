package io.wethodkit.contract.prism;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.contract.Contract;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeGeneratorTest {

  private final Contract contract = Contract.bundled();
  private final List<Probe> probes =
      new ProbeGenerator(contract, ProbeGenerator.Identities.bundled()).probes();

  @Test
  void atLeastTheRunsMinimumBothValidAndInvalidAndTheSameEachTime() {
    assertThat(probes).hasSizeGreaterThanOrEqualTo(PrismCheck.MINIMUM_REQUESTS);
    assertThat(probes.stream().filter(Probe::schemaValid).count()).isGreaterThan(150);
    assertThat(probes.stream().filter(p -> !p.schemaValid()).count()).isGreaterThan(150);
    assertThat(new ProbeGenerator(contract, ProbeGenerator.Identities.bundled()).probes())
        .isEqualTo(probes);
  }

  @Test
  void everyFilterIsSentUnderEveryOperatorWithValidAndInvalidValues() {
    for (FilterDefinition filter : contract.filters()) {
      for (FilterOperator operator : filter.operators()) {
        String prefix = filter.parameter() + "=" + ProbeGenerator.encode(operator.format(""));
        List<Probe> sent =
            probes.stream()
                .filter(p -> p.rawQuery().startsWith(prefix) && !p.rawQuery().contains("&"))
                .toList();
        assertThat(sent).as("%s %s", filter.parameter(), operator).anyMatch(Probe::schemaValid);
        assertThat(sent).as("%s %s", filter.parameter(), operator).anyMatch(p -> !p.schemaValid());
      }
    }
  }

  @Test
  void everyCauseOfEveryErrorAnswerIsTriggered() {
    for (int status : List.of(401, 403, 412)) {
      for (String cause : contract.error(status).causes().keySet()) {
        assertThat(probes).as(cause).anyMatch(p -> p.what().equals("headers: " + cause));
      }
    }
    assertThat(probes).anyMatch(p -> p.method().equals("HEAD"));
    assertThat(probes).anyMatch(p -> p.method().equals("OPTIONS"));
    assertThat(probes).anyMatch(p -> p.method().equals("TRACE"));
  }

  @Test
  void paginationIsSentAroundItsBounds() {
    for (String value :
        List.of("limit=0", "limit=1", "limit=100", "limit=101", "offset=-1", "offset=0")) {
      assertThat(probes).as(value).anyMatch(p -> p.rawQuery().equals(value));
    }
    assertThat(probes).anyMatch(p -> p.rawQuery().equals("limit=007") && !p.schemaValid());
  }
}
