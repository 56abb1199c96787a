package io.wethodkit.mock.coverage.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.client.Coverage;
import io.wethodkit.mock.console.SystemChromium;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.support.Calls;
import io.wethodkit.mock.support.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The coverage report's files, from a mock that met a few behaviours: the JSON is the admin API's
 * answer, the JUnit XML has one test case per behaviour (never-met ones skipped with the request
 * that meets them), and the HTML page, opened in headless Chromium, shows both lists on its own.
 */
class CoverageReportTest {

  private static Coverage someCoverage() {
    try (MockServer mock = MockServer.builder().fixtures(TestData.dir()).build().start()) {
      Calls.list(mock, "probability=lt:50&limit=2", Calls.headers("tok-both", "acme"));
      Calls.list(mock, "", Calls.headers("tok-none", "acme"));
      return mock.coverage().current();
    }
  }

  @Test
  void theJsonIsTheCoverageAndTheJunitXmlHasOneCasePerBehaviour(@TempDir Path dir)
      throws Exception {
    Coverage coverage = someCoverage();
    new CoverageReport(coverage, "GET /api/projects").writeTo(dir);

    assertThat(dir.resolve("coverage.json")).exists();
    assertThat(Json.MAPPER.readValue(dir.resolve("coverage.json").toFile(), Coverage.class))
        .isEqualTo(coverage);
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()).collect(Collectors.toList()))
          .containsExactlyInAnyOrderElementsOf(CoverageReport.FILES);
    }

    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(dir.resolve(CoverageReport.JUNIT).toFile());
    Element suite = xml.getDocumentElement();
    assertThat(suite.getTagName()).isEqualTo("testsuite");
    assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(coverage.summary().total()));
    assertThat(suite.getAttribute("skipped"))
        .isEqualTo(String.valueOf(coverage.summary().total() - coverage.summary().covered()));
    NodeList cases = suite.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(coverage.summary().total());
    for (int i = 0; i < cases.getLength(); i++) {
      Element testcase = (Element) cases.item(i);
      Coverage.Behaviour behaviour = coverage.behaviours().get(i);
      assertThat(testcase.getAttribute("name")).isEqualTo(behaviour.id());
      NodeList skipped = testcase.getElementsByTagName("skipped");
      if (behaviour.covered()) {
        assertThat(skipped.getLength()).as(behaviour.id()).isZero();
        assertThat(testcase.getElementsByTagName("system-out").item(0).getTextContent())
            .contains("first GET /api/projects");
      } else {
        assertThat(skipped.getLength()).as(behaviour.id()).isEqualTo(1);
        assertThat(((Element) skipped.item(0)).getAttribute("message"))
            .startsWith("never met: ")
            .contains(behaviour.howToMeetText());
      }
    }
    assertThat(Files.readString(dir.resolve(CoverageReport.JUNIT))).doesNotContain("tok-");
  }

  @Test
  void theHtmlPageShowsWhatWasMetAndHowToMeetTheRestInABrowserOnItsOwn(@TempDir Path dir)
      throws IOException {
    SystemChromium.missing()
        .ifPresent(reason -> Assumptions.abort("No browser test without Chromium: " + reason));
    Coverage coverage = someCoverage();
    new CoverageReport(coverage, "GET /api/projects").writeTo(dir);
    String html = Files.readString(dir.resolve(CoverageReport.HTML));
    assertThat(html).doesNotContain("<script", "<link", "src=", "href=", "url(");

    // Offline: the page needs nothing but itself.
    ChromeDriver browser =
        SystemChromium.start(
            1100, 900, List.of("--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>"));
    try {
      browser.get(dir.resolve(CoverageReport.HTML).toUri().toString());
      assertThat(browser.getTitle()).isEqualTo("GET /api/projects coverage");
      assertThat(browser.findElement(By.id("summary")).getText())
          .startsWith(
              coverage.summary().covered()
                  + " of "
                  + coverage.summary().total()
                  + " behaviours met");
      List<String> met =
          browser.findElements(By.cssSelector("table.met tr[data-id]")).stream()
              .map(row -> row.getAttribute("data-id"))
              .toList();
      assertThat(met).containsExactlyInAnyOrderElementsOf(coverage.coveredIds());
      List<WebElement> never = browser.findElements(By.cssSelector("table.never tr[data-id]"));
      assertThat(never).hasSize(coverage.notCovered().size());
      WebElement version =
          browser.findElement(By.cssSelector("table.never tr[data-id='412.missing-version']"));
      assertThat(version.getText())
          .contains("The Wethod-Version header is required.")
          .contains(coverage.behaviour("412.missing-version").orElseThrow().howToMeet().describe());
      WebElement filter =
          browser.findElement(By.cssSelector("table.met tr[data-id='filter.probability.lt']"));
      assertThat(filter.getText()).contains("GET /api/projects?probability=lt:50&limit=2 as both");
      Object resources =
          browser.executeScript("return performance.getEntriesByType('resource').length");
      assertThat(((Number) resources).intValue()).as("no other file loaded").isZero();
    } finally {
      browser.quit();
    }
  }
}
