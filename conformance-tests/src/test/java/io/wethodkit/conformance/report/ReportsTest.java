package io.wethodkit.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.support.Suite;
import io.wethodkit.conformance.variants.BrokenVariants;
import io.wethodkit.fixtures.read.FixtureIdentity;
import io.wethodkit.mock.MockServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The three reports of a run with failures (a broken variant, seeded mode). */
class ReportsTest {

  @TempDir static Path reports;
  private static JsonNode json;

  @BeforeAll
  static void runAgainstABrokenMock() throws Exception {
    try (MockServer broken =
        MockServer.builder()
            .customize(BrokenVariants.all().get(0).breakage())
            .customize(
                parts ->
                    BrokenVariants.all().stream()
                        .filter(v -> v.name().equals("revoked-token-accepted"))
                        .findFirst()
                        .orElseThrow()
                        .breakage()
                        .apply(parts))
            .build()
            .start()) {
      Suite.run(Suite.config(broken.baseUrl(), Mode.SEEDED), reports);
    }
    json = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
  }

  @Test
  void reportJsonHasTheDocumentedStructure() {
    assertThat(names(json))
        .containsExactly(
            "target",
            "contractSha256",
            "suiteVersion",
            "mode",
            "startedAt",
            "seed",
            "requests",
            "durationMillis",
            "results",
            "summary");
    assertThat(json.get("seed").asLong()).isEqualTo(Suite.SEED);
    assertThat(json.get("requests").asInt()).isGreaterThan(Suite.CATALOGUE.size());
    assertThat(json.get("durationMillis").asLong()).isPositive();
    assertThat(json.get("contractSha256").asText())
        .isEqualTo(Suite.CONTRACT.sha256())
        .matches("[0-9a-f]{64}");
    assertThat(json.get("mode").asText()).isEqualTo("seeded");
    assertThat(json.get("suiteVersion").asText()).isNotBlank().isNotEqualTo("unknown");
    assertThat(names(json.get("summary")))
        .containsExactly("pass", "fail", "inconclusive", "skipped", "dataLacking");
    assertThat(json.get("results")).hasSize(Suite.CATALOGUE.size());
    int total = 0;
    int withData = 0;
    for (JsonNode result : json.get("results")) {
      assertThat(names(result))
          .startsWith("id", "level", "status", "title", "evidence")
          .isSubsetOf("id", "level", "status", "title", "evidence", "data", "dataLacking");
      for (JsonNode data : result.path("data")) {
        assertThat(names(data)).containsExactly("what", "held", "needed");
        withData++;
      }
      assertThat(result.get("status").asText()).isIn("PASS", "FAIL", "INCONCLUSIVE", "SKIPPED");
      assertThat(result.get("level").asText()).isIn("MUST", "SHOULD");
      total++;
    }
    JsonNode summary = json.get("summary");
    assertThat(
            summary.get("pass").asInt()
                + summary.get("fail").asInt()
                + summary.get("inconclusive").asInt()
                + summary.get("skipped").asInt())
        .isEqualTo(total);
    assertThat(summary.get("fail").asInt()).isPositive();
    assertThat(summary.get("dataLacking").asInt()).isZero();
    assertThat(withData).isPositive();
  }

  @Test
  void everyFailureHasEvidenceWithTheTokenMasked() throws Exception {
    int failures = 0;
    for (JsonNode result : json.get("results")) {
      if (!"FAIL".equals(result.get("status").asText())) {
        continue;
      }
      failures++;
      assertThat(result.get("evidence")).as(result.get("id").asText()).isNotEmpty();
      JsonNode first = result.get("evidence").get(0);
      assertThat(first.has("expected")).isTrue();
      assertThat(first.get("request").asText()).startsWith("GET /api/projects");
      assertThat(first.get("status").isInt()).isTrue();
      assertThat(first.get("headers").get("Authorization").asText())
          .matches("Bearer [^ ]{1,3}…\\(masked\\)");
    }
    assertThat(failures).isPositive();
    String text = Files.readString(reports.resolve("report.json"));
    for (FixtureIdentity identity : Suite.fixtures().identities()) {
      assertThat(text).doesNotContain("Bearer " + identity.token() + "\"");
      assertThat(text).doesNotContain(" " + identity.token() + "\"");
    }
  }

  @Test
  void reportHtmlIsSelfContainedAndListsTheCatalogue() throws Exception {
    String html = Files.readString(reports.resolve("report.html"), StandardCharsets.UTF_8);

    assertThat(html)
        .doesNotContainPattern("(?i)<(script|link|img|iframe)\\b")
        .doesNotContainPattern("(?i)(src|href)\\s*=")
        .doesNotContainPattern("(?i)url\\(")
        .doesNotContain("@import");
    assertThat(html)
        .contains("Does not conform")
        .contains(Suite.CONTRACT.sha256())
        .contains("Requirements catalogue");
    String catalogue = html.substring(html.indexOf("Requirements catalogue"));
    for (Requirement requirement : Suite.CATALOGUE.requirements()) {
      assertThat(catalogue).contains("<code>" + requirement.id() + "</code>");
    }
    assertThat(html).contains("Expected: ").contains("&hellip;(masked)");
  }

  @Test
  void junitXmlParsesWithOneTestCasePerCheck() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    Document document =
        factory.newDocumentBuilder().parse(reports.resolve("TEST-junit-jupiter.xml").toFile());
    NodeList cases = document.getElementsByTagName("testcase");
    List<String> names = new ArrayList<>();
    int failed = 0;
    for (int i = 0; i < cases.getLength(); i++) {
      Element testCase = (Element) cases.item(i);
      names.add(testCase.getAttribute("name"));
      failed += testCase.getElementsByTagName("failure").getLength();
    }
    assertThat(names).containsExactlyInAnyOrderElementsOf(Suite.CATALOGUE.ids());
    assertThat(failed).isEqualTo(json.at("/summary/fail").asInt());
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
