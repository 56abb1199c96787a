package io.wethodkit.mock.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.client.Coverage;
import io.wethodkit.mock.client.MockCoverage;
import io.wethodkit.mock.junit.WethodMock;
import io.wethodkit.mock.support.Calls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's coverage panel in headless Chromium: what is never met, each with its ready request
 * and a button that sends it through the form; what is covered, with its calls; calls of other
 * clients showing up; the coverage reset.
 */
@WethodMock
@Timeout(120)
class ConsoleCoverageBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

  private static ChromeDriver browser;

  private MockServer mock;
  private WebDriverWait wait;

  @BeforeAll
  static void startBrowser() {
    SystemChromium.missing()
        .ifPresent(reason -> Assumptions.abort("No browser test without Chromium: " + reason));
    browser = SystemChromium.start(1280, 1000);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void open(MockServer mock, MockCoverage coverage) {
    this.mock = mock;
    // Each test starts from nothing covered: the class's tests would otherwise add up.
    coverage.reset();
    browser.manage().window().setSize(new Dimension(1280, 1000));
    browser.get(mock.baseUrl() + "/");
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    wait.until(d -> "0".equals(d.findElement(By.tagName("body")).getAttribute("data-coverage")));
  }

  private List<String> listed(String list) {
    return browser.findElements(By.cssSelector("#" + list + " li")).stream()
        .map(item -> item.getAttribute("data-id"))
        .toList();
  }

  private WebElement item(String list, String id) {
    return browser.findElement(By.cssSelector("#" + list + " li[data-id='" + id + "']"));
  }

  @Test
  void listsEveryBehaviourAsNeverMetWithARequestThatMeetsIt() {
    Coverage coverage = mock.coverage().current();
    assertThat(listed("coverage-never")).containsExactlyElementsOf(coverage.ids());
    assertThat(listed("coverage-covered")).isEmpty();
    assertThat(browser.findElement(By.id("coverage-summary")).getText())
        .startsWith("0 of " + coverage.summary().total() + " behaviours met");

    WebElement version = item("coverage-never", "412.missing-version");
    assertThat(version.getText())
        .contains("412 Precondition failed", "The Wethod-Version header is required.")
        .contains("GET /api/projects; as both; Wethod-Company: acme")
        .doesNotContain("Wethod-Version: ");
    assertThat(version.findElements(By.tagName("button"))).hasSize(1);

    WebElement preflight = item("coverage-never", "cors.preflight");
    assertThat(preflight.findElements(By.tagName("button"))).as("no form sends it").isEmpty();
    assertThat(preflight.getText())
        .contains("curl -s -i -X OPTIONS -H 'Origin: http://localhost:5173'");
  }

  /** Behaviours whose requests use each part of the form: headers, filters, pages, as written. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "412.missing-version",
        "401.wrong-scheme",
        "401.unknown-token",
        "403.no-permission",
        "400.kind.plus-as-space",
        "400.kind.repeated",
        "filter.updated_at.lt",
        "deleted.only",
        "page.last-short",
        "scope.own",
        "metadata.present"
      })
  void sendItFillsTheFormCallsTheEndpointAndTheBehaviourIsCovered(String id) throws IOException {
    Coverage.Request ready = mock.coverage().current().behaviour(id).orElseThrow().howToMeet();
    String before = browser.findElement(By.tagName("body")).getAttribute("data-answered");

    item("coverage-never", id).findElement(By.tagName("button")).click();
    wait.until(
        d ->
            !Objects.equals(
                before, d.findElement(By.tagName("body")).getAttribute("data-answered")));

    String line = browser.findElement(By.id("request-line")).getText();
    for (String part : ready.query().isEmpty() ? new String[0] : ready.query().split("&")) {
      assertThat(line).as("the request sent").contains(part);
    }
    assertThat(listed("coverage-covered")).contains(id);
    assertThat(listed("coverage-never")).doesNotContain(id);
    assertThat(mock.coverage().current().coveredIds()).contains(id);
    assertThat(item("coverage-covered", id).getText()).contains("1 call, first GET /api/projects");
    if (id.equals("page.last-short")) {
      screenshot("console-coverage.png");
    }
  }

  @Test
  void callsOfOtherClientsShowUpAndTheCoverageCanBeReset() {
    Calls.list(mock, "deleted=include", Calls.headers("tok-viewOther", "acme"));
    wait.until(d -> listed("coverage-covered").contains("deleted.include"));
    assertThat(item("coverage-covered", "scope.others").getText())
        .contains("1 call, first GET /api/projects?deleted=include as viewOther");

    browser.findElement(By.id("coverage-reset")).click();
    wait.until(d -> listed("coverage-covered").isEmpty());
    assertThat(mock.coverage().current().coveredIds()).isEmpty();
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    browser.executeScript("document.getElementById('coverage-title').scrollIntoView()");
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
