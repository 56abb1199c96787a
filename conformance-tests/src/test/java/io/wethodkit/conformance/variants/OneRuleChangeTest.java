package io.wethodkit.conformance.variants;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.runner.Status;
import io.wethodkit.conformance.support.Suite;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.semantics.Comparison;
import io.wethodkit.contract.semantics.FilterCriterion;
import io.wethodkit.contract.semantics.Semantics;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.StandardParts;
import io.wethodkit.mock.store.Project;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A filter rule is written in one place, the contract's semantics: with one comparison swapped
 * there ({@code gt:} made inclusive), the mock built from those semantics serves by the new rule,
 * the suite judging by the same semantics passes it, and the suite judging by the contract's own
 * semantics fails it on exactly the requirements that catch a {@code gt:} that keeps its operand.
 */
class OneRuleChangeTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Semantics CONTRACTS = Semantics.of(Suite.CONTRACT);
  private static final Semantics INCLUSIVE_GT =
      CONTRACTS.withComparison(FilterOperator.GT, Comparison.AT_LEAST);

  /** What a gt: that keeps its operand breaks, as the broken variant of the same fault names it. */
  private static Set<String> caughtByInclusiveGt() {
    return BrokenVariants.all().stream()
        .filter(variant -> variant.name().equals("gt-as-gte"))
        .findFirst()
        .orElseThrow()
        .failures(Mode.BLACKBOX);
  }

  @Test
  void theMockAndTheSuiteFollowAComparisonSwappedInTheSemantics(@TempDir Path reports)
      throws Exception {
    Set<String> requirements = caughtByInclusiveGt();
    try (MockServer mock =
        MockServer.builder().customize(parts -> StandardParts.of(INCLUSIVE_GT)).build().start()) {
      FilterCriterion gt50 =
          INCLUSIVE_GT.queries().read("probability=gt:50").query().criteria().get(0);
      List<Long> served = ids(mock, "probability=gt:50");
      assertThat(served)
          .as("the mock serves gt:50 by the swapped rule")
          .isEqualTo(activeIds(mock, INCLUSIVE_GT.keeps(gt50)))
          .isNotEqualTo(activeIds(mock, CONTRACTS.keeps(gt50)));

      Suite.Run judgedAlike =
          Suite.run(
              INCLUSIVE_GT,
              Suite.config(mock.baseUrl(), Mode.BLACKBOX),
              requirements,
              reports.resolve("alike"));
      assertThat(judgedAlike.ids(Status.FAIL))
          .as("judged by the same semantics:%n%s", judgedAlike.describe())
          .isEmpty();
      assertThat(judgedAlike.ids(Status.PASS)).isEqualTo(requirements);

      Suite.Run judgedByTheContract =
          Suite.run(
              CONTRACTS,
              Suite.config(mock.baseUrl(), Mode.BLACKBOX),
              requirements,
              reports.resolve("contract"));
      assertThat(judgedByTheContract.ids(Status.FAIL))
          .as("judged by the contract's semantics:%n%s", judgedByTheContract.describe())
          .isEqualTo(requirements);
    }
  }

  @Test
  void theFaithfulMockFailsWhenTheSuiteJudgesByTheSwappedRule(@TempDir Path reports) {
    Set<String> requirements = caughtByInclusiveGt();
    try (MockServer mock = MockServer.builder().build().start()) {
      Suite.Run run =
          Suite.run(
              INCLUSIVE_GT, Suite.config(mock.baseUrl(), Mode.BLACKBOX), requirements, reports);
      assertThat(run.ids(Status.FAIL)).as(run.describe()).isNotEmpty().isSubsetOf(requirements);
    }
  }

  /** The active projects of acme, in id order, that {@code keeps} keeps. */
  private static List<Long> activeIds(MockServer mock, Predicate<JsonNode> keeps) {
    List<Long> ids = new ArrayList<>();
    for (Project project : mock.state().snapshot().projects("acme")) {
      JsonNode json = project.json();
      if (!CONTRACTS.isDeleted(json) && keeps.test(json)) {
        ids.add(project.id());
      }
    }
    return ids;
  }

  /** The ids of the whole list the identity with both permissions gets for {@code query}. */
  private static List<Long> ids(MockServer mock, String query)
      throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    List<Long> ids = new ArrayList<>();
    for (int offset = 0; ; offset += 100) {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(
                      mock.baseUrl() + "/api/projects?" + query + "&limit=100&offset=" + offset))
              .header("Authorization", "Bearer tok-both")
              .header("Wethod-Company", "acme")
              .header("Wethod-Version", "2024-06-15")
              .build();
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode page = JSON.readTree(response.body());
      page.forEach(project -> ids.add(project.get("id").asLong()));
      if (page.size() < 100) {
        return ids;
      }
    }
  }
}
