package io.wethodkit.mock;

import static io.wethodkit.mock.support.Calls.headers;
import static io.wethodkit.mock.support.Calls.list;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.semantics.FilterCriterion;
import io.wethodkit.contract.semantics.Semantics;
import io.wethodkit.mock.endpoint.Check;
import io.wethodkit.mock.endpoint.EndpointParts;
import io.wethodkit.mock.filter.ContractPredicates;
import io.wethodkit.mock.http.JsonListRenderer;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.support.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The endpoint's parts can be replaced or decorated from outside through {@code
 * MockServer.builder().customize(...)}, with no flag in the mock: here, three deliberately broken
 * variants change the answers they should and nothing else.
 */
class CustomizeSeamTest {

  private static List<Long> ids(Response response) {
    List<Long> ids = new ArrayList<>();
    Json.parse(response.asByteArray(), "answer").forEach(p -> ids.add(p.get("id").asLong()));
    return ids;
  }

  private static MockServer start(UnaryOperator<EndpointParts> variant) {
    return MockServer.builder().fixtures(TestData.dir()).customize(variant).build().start();
  }

  @Test
  void aRendererDecoratorChangesTheAnswer() {
    UnaryOperator<EndpointParts> numbersAsStrings =
        parts ->
            parts.toBuilder()
                .renderer(
                    new JsonListRenderer(
                        parts.contract(),
                        (project, grant) -> {
                          ObjectNode json = project.json();
                          json.put("probability", json.get("probability").asText());
                          return Json.bytes(json);
                        }))
                .build();
    try (MockServer mock = start(numbersAsStrings)) {
      Response response = list(mock, "limit=1", headers("tok-both", "acme"));
      JsonNode body = Json.parse(response.asByteArray(), "answer");
      assertThat(body.get(0).get("probability").isTextual()).isTrue();
      assertThat(mock.contract().schemas().validateResponse(200, body)).isNotEmpty();
    }
  }

  @Test
  void aPredicateDecoratorChangesTheFilterAndOnlyIt() {
    ContractPredicates standard = new ContractPredicates(Semantics.of(Contract.bundled()));
    UnaryOperator<EndpointParts> gtAsGte =
        parts ->
            parts.toBuilder()
                .predicates(
                    parts
                        .predicates()
                        .withCriterion(
                            criterion ->
                                criterion.operator() == FilterOperator.GT
                                    ? standard
                                        .criterion(
                                            new FilterCriterion(
                                                criterion.definition(),
                                                FilterOperator.GT,
                                                criterion.value()))
                                        .or(
                                            standard.criterion(
                                                new FilterCriterion(
                                                    criterion.definition(),
                                                    FilterOperator.EQ,
                                                    criterion.value())))
                                    : standard.criterion(criterion)))
                .build();
    try (MockServer faithful = MockServer.builder().fixtures(TestData.dir()).build().start();
        MockServer broken = start(gtAsGte)) {
      Map<String, String> both = headers("tok-both", "acme");
      assertThat(ids(list(faithful, "probability=gt:50", both))).containsExactly(3L, 9L);
      assertThat(ids(list(broken, "probability=gt:50", both))).containsExactly(1L, 3L, 6L, 9L, 12L);
      assertThat(ids(list(broken, "probability=lt:50", both)))
          .isEqualTo(ids(list(faithful, "probability=lt:50", both)));
    }
  }

  @Test
  void theChecksCanBeReordered() {
    UnaryOperator<EndpointParts> validationFirst =
        parts ->
            parts.toBuilder()
                .checks(
                    List.of(
                        Check.VALIDATION, Check.AUTHENTICATION, Check.PRECONDITIONS, Check.ACCESS))
                .build();
    try (MockServer mock = start(validationFirst)) {
      Response response =
          list(mock, "limit=0", Map.of("Wethod-Company", "acme", "Wethod-Version", "2024-06-15"));
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(list(mock, "", Map.of()).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void customizationsCompose() {
    try (MockServer mock =
        MockServer.builder()
            .fixtures(TestData.dir())
            .customize(
                parts ->
                    parts.toBuilder()
                        .renderer(
                            (page, grant) ->
                                parts
                                    .renderer()
                                    .render(page, grant)
                                    .withHeader("Content-Type", "text/plain"))
                        .build())
            .customize(
                parts ->
                    parts.toBuilder()
                        .paginator(
                            (selected, query) ->
                                parts
                                    .paginator()
                                    .page(selected, query.withOffset(query.offset() + 1)))
                        .build())
            .build()
            .start()) {
      Response response = list(mock, "limit=2", headers("tok-both", "acme"));
      assertThat(response.contentType()).startsWith("text/plain");
      assertThat(ids(response)).containsExactly(2L, 3L);
    }
  }
}
