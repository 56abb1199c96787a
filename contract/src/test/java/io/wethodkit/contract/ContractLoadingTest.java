package io.wethodkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ContractLoadingTest {

  private final Contract contract = Contract.bundled();

  @Test
  void bundledContractParsesWithoutMessagesAndNamesTheListPath() {
    assertThat(contract.openApi().getOpenapi()).startsWith("3.1");
    assertThat(contract.path()).isEqualTo("/api/projects");
    assertThat(contract.sha256()).matches("[0-9a-f]{64}");
  }

  @Test
  void readsEveryFilterOfTheReferencePage() {
    assertThat(contract.filters())
        .extracting(FilterDefinition::parameter)
        .containsExactly("updated_at", "deleted_at", "probability", "date_start");
    FilterDefinition probability = contract.filter("probability").orElseThrow();
    assertThat(probability.type()).isEqualTo(FilterValueType.INTEGER);
    assertThat(probability.minimum()).isEqualTo(OptionalLong.of(0));
    assertThat(probability.maximum()).isEqualTo(OptionalLong.of(100));
    assertThat(probability.operators())
        .containsExactly(FilterOperator.EQ, FilterOperator.GT, FilterOperator.LT);
    assertThat(probability.grammar()).isEqualTo("N, gt:N or lt:N with N an integer from 0 to 100");
    assertThat(contract.filter("updated_at").orElseThrow().type())
        .isEqualTo(FilterValueType.DATE_TIME);
    assertThat(contract.filter("date_start").orElseThrow().type()).isEqualTo(FilterValueType.DATE);
  }

  @Test
  void readsPaginationDeletionHeadersAccessAndErrors() {
    assertThat(contract.limit())
        .isEqualTo(new PageParameter("limit", 1, OptionalLong.of(100), 100));
    assertThat(contract.offset())
        .isEqualTo(new PageParameter("offset", 0, OptionalLong.empty(), 0));
    assertThat(contract.deletionFilter().defaultValue()).isEqualTo("exclude");
    assertThat(contract.deletionFilter().field()).isEqualTo("deleted_at");
    assertThat(contract.deletionFilter().scopes())
        .containsEntry("exclude", DeletionScope.ACTIVE)
        .containsEntry("include", DeletionScope.ALL)
        .containsEntry("only", DeletionScope.DELETED);
    assertThat(contract.headers().companyHeader()).isEqualTo("Wethod-Company");
    assertThat(contract.headers().versionHeader()).isEqualTo("Wethod-Version");
    assertThat(contract.headers().supportedVersions()).contains("2024-06-15");
    assertThat(contract.access().permissionFor(Visibility.OWN)).isEqualTo("pipeline.view");
    assertThat(contract.access().permissionFor(Visibility.OTHERS)).isEqualTo("pipeline.view_other");
    assertThat(contract.access().ownerFields()).containsExactly("pm_id", "account_id");
    assertThat(contract.error(400).key()).isEqualTo("invalid_data");
    assertThat(contract.error(400).message())
        .isEqualTo("You provided invalid data. Check 'failures' for details.");
    assertThat(contract.error(401).key()).isEqualTo("unauthorized");
    assertThat(contract.error(403).key()).isEqualTo("forbidden");
    assertThat(contract.error(412).key()).isEqualTo("precondition_failure");
    assertThat(contract.error(412).causes()).containsKeys("missing-company", "unsupported-version");
    assertThat(contract.queryParameters())
        .containsExactlyInAnyOrder(
            "updated_at", "deleted", "deleted_at", "probability", "date_start", "limit", "offset");
  }

  @Test
  void aDocumentWithParserMessagesIsRejectedWithThem() {
    String broken = "openapi: 3.1.0\ninfo: {title: x}\npaths: {}\n";
    assertThatThrownBy(() -> Contract.parse(broken.getBytes(StandardCharsets.UTF_8), "broken.yaml"))
        .isInstanceOf(ContractException.class)
        .hasMessageContaining("broken.yaml")
        .hasMessageContaining("version");
  }
}
