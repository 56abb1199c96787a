package io.wethodkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.runner.CheckResult;
import io.wethodkit.conformance.runner.Status;
import io.wethodkit.conformance.support.GeneratedDataset;
import io.wethodkit.conformance.support.Suite;
import io.wethodkit.conformance.verdict.DataHeld;
import io.wethodkit.mock.MockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a target whose data holds no soft-deleted project (the mock loaded with such data), the
 * checks that need one are INCONCLUSIVE, never PASS, each saying what the data held; the reports
 * list them as what the data could not show, and every other check still passes.
 */
class DataCoverageTest {

  /** The checks that cannot show anything without a soft-deleted project. */
  private static final Set<String> NEED_DELETED =
      Set.of(
          "PRJ-DELETED-EXCLUDE",
          "PRJ-DELETED-INCLUDE",
          "PRJ-DELETED-ONLY",
          "PRJ-DELETED-DEFAULT",
          "PRJ-CONSISTENCY-DELETED",
          "PRJ-FILTER-DELETED-AT-EQ",
          "PRJ-FILTER-DELETED-AT-GT",
          "PRJ-FILTER-DELETED-AT-LT",
          "PRJ-CONSISTENCY-DELETED-AT-SUBSET",
          "PRJ-CONSISTENCY-DELETED-AT-SPLIT",
          "PRJ-PERM-VIEW",
          "PRJ-PERM-VIEW-OTHER");

  @TempDir static Path dir;
  private static Suite.Run run;

  @BeforeAll
  static void runAgainstDataWithoutSoftDeletedProjects() {
    GeneratedDataset data =
        GeneratedDataset.write(
            dir.resolve("data"),
            11L,
            new GeneratedDataset.Shape(150 + new Random(11L).nextInt(40), 0, true));
    try (MockServer mock = MockServer.builder().fixtures(dir.resolve("data")).build().start()) {
      run = Suite.run(data.config(mock.baseUrl(), Mode.BLACKBOX), dir.resolve("reports"));
    }
  }

  @Test
  void theChecksThatNeedSoftDeletedProjectsAreInconclusiveSayingWhatTheDataHeld() {
    assertThat(run.with(Status.FAIL)).as(run.describe()).isEmpty();
    for (String id : NEED_DELETED) {
      CheckResult result = run.result(id);
      assertThat(result.status()).as(id + "\n" + run.describe()).isEqualTo(Status.INCONCLUSIVE);
      assertThat(result.dataLacking()).as(id).isTrue();
      assertThat(result.lacking())
          .as(id)
          .allSatisfy(data -> assertThat(data.held()).isZero())
          .extracting(DataHeld::what)
          .allSatisfy(what -> assertThat(what).containsAnyOf("soft-deleted", "deleted_at"));
      assertThat(result.evidence().get(0).note()).as(id).contains(": 0, needs at least");
    }
    assertThat(run.result("PRJ-DELETED-ONLY").evidence().get(0).note())
        .contains("soft-deleted projects visible to `both`: 0, needs at least 1");
    assertThat(run.result("PRJ-PERM-VIEW").evidence().get(0).note())
        .contains("soft-deleted projects visible to `view`: 0, needs at least 1");
    assertThat(run.outcome().dataLacking())
        .extracting(r -> r.requirement().id())
        .containsAll(NEED_DELETED);
  }

  @Test
  void whatTheDataCouldShowStillPasses() {
    Set<String> passed = run.ids(Status.PASS);
    assertThat(passed)
        .contains(
            "PRJ-FILTER-PROBABILITY-GT",
            "PRJ-LIMIT-DEFAULT",
            "PRJ-PERM-BOTH",
            "PRJ-ISOLATION-FOREIGN-COMPANY",
            "PRJ-CONSISTENCY-PROBABILITY-SUBSET",
            "PRJ-CONSISTENCY-PAGES");
    Set<String> lacking = new TreeSet<>(run.ids(Status.INCONCLUSIVE));
    lacking.removeAll(run.outcome().dataLacking().stream().map(r -> r.requirement().id()).toList());
    assertThat(lacking).as("INCONCLUSIVE for another reason than the data").isEmpty();
  }

  @Test
  void theReportsListWhatTheDataCouldNotShow() throws Exception {
    Path reports = dir.resolve("reports");
    JsonNode json = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
    int lacking = run.outcome().dataLacking().size();
    assertThat(json.at("/summary/dataLacking").asInt()).isEqualTo(lacking).isPositive();
    for (JsonNode result : json.get("results")) {
      boolean expected = NEED_DELETED.contains(result.get("id").asText());
      if (expected) {
        assertThat(result.path("dataLacking").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.get("data").toString()).contains("\"held\":0");
      }
    }

    String html = Files.readString(reports.resolve("report.html"));
    String section =
        html.substring(
            html.indexOf("What your data could not show"),
            html.indexOf("<h2", html.indexOf("What your data could not show")));
    for (String id : NEED_DELETED) {
      assertThat(section).contains("<code>" + id + "</code>");
    }
    assertThat(section).contains("soft-deleted projects visible to `view`: 0, needs at least 1");

    assertThat(run.console())
        .contains("What your data could not show")
        .contains("Data could not show: " + lacking + " checks.");
    String console = run.console();
    List<String> listed =
        console
            .substring(console.indexOf("What your data could not show"))
            .lines()
            .filter(line -> line.contains("needs at least"))
            .toList();
    assertThat(listed).hasSize(lacking);
  }
}
