package io.wethodkit.mock.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.junit.WethodMock;
import io.wethodkit.mock.support.Calls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console as a person uses it, in headless Chromium against a running mock. */
@WethodMock
@Timeout(120)
class ConsoleBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
  private static final String VERSION = "2024-06-15";

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
  void open(MockServer mock) {
    this.mock = mock;
    browser.manage().window().setSize(new Dimension(1280, 1000));
    browser.get(mock.baseUrl() + "/");
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    // The page rebuilds its tables after each call: an element read mid-rebuild is read again.
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  @Test
  void listsTheIdentitiesWithTheirTokensAndSnippets() {
    WebElement row = browser.findElement(By.cssSelector("#identities tr[data-name='multi']"));
    assertThat(row.getText())
        .contains("tok-multi", "15", "globex: pipeline.view, pipeline.view_other");
    WebElement revoked = browser.findElement(By.cssSelector("#identities tr[data-name='revoked']"));
    assertThat(revoked.findElements(By.tagName("td")).get(3).getText()).isEqualTo("yes");
    String snippets =
        browser
            .findElement(By.cssSelector("#snippets details[data-name='view']"))
            .getAttribute("textContent");
    assertThat(snippets)
        .contains("curl -s -H 'Authorization: Bearer tok-view'", "Wethod-Company: acme")
        .contains("fetch(\"" + mock.baseUrl() + "/api/projects?limit=5\"");
  }

  @Test
  void aFilteredTableShowsWhatTheApiAnswers() throws IOException {
    useIdentity("both");
    new Select(browser.findElement(By.id("filter-probability-op"))).selectByValue("gt:");
    type("filter-probability-value", "50");
    type("limit", "20");
    send();

    assertThat(text("request-line")).isEqualTo("GET /api/projects?probability=gt:50&limit=20");
    assertThat(text("status")).startsWith("200");
    List<Long> expected =
        ids(Calls.list(mock, "probability=gt:50&limit=20", headers("tok-both", "acme")));
    assertThat(expected).isNotEmpty();
    assertThat(tableIds()).isEqualTo(expected);

    answer(() -> browser.findElement(By.id("next-page")).click());
    assertThat(text("request-line")).endsWith("&offset=20");
    assertThat(tableIds())
        .isEqualTo(
            ids(
                Calls.list(
                    mock, "probability=gt:50&limit=20&offset=20", headers("tok-both", "acme"))));
    screenshot("console-list.png");
  }

  @Test
  void explainsWhyAProjectIsOrIsNotListed() {
    useIdentity("view");
    send();
    List<Long> listed = tableIds();
    waitFor(By.cssSelector("#why-projects tbody"));
    Map<Long, String> rows = explainedRows();
    assertThat(rows).hasSize(mock.state().snapshot().projects("acme").size());
    List<Long> explainedListed = new ArrayList<>();
    rows.forEach(
        (id, row) -> {
          if (row.contains("not listed")) {
            assertThat(row).containsAnyOf("hidden: needs pipeline.view_other", "excluded by");
          } else {
            explainedListed.add(id);
            assertThat(row).contains("its own project", "shown by pipeline.view");
          }
        });
    assertThat(explainedListed).isEqualTo(listed);
  }

  @Test
  void explainsACallWithoutToken() {
    new Select(browser.findElement(By.id("identity"))).selectByValue("");
    send();
    assertThat(text("status")).startsWith("401");
    assertThat(text("explanation-cause")).contains("401 unauthorized (missing-authorization)");
    assertThat(text("explanation-facts")).contains("No Authorization header was sent.");
    assertThat(text("explanation-interpretations")).contains("Interpretation 1 (401).");
  }

  @Test
  void explainsOneChosenProject() {
    useIdentity("view");
    send();
    long hidden =
        mock.state().snapshot().projects("acme").stream()
            .filter(p -> p.field("pm_id").asLong() != 11 && p.isNull("account_id"))
            .findFirst()
            .orElseThrow()
            .id();
    type("why-project", String.valueOf(hidden));
    List<WebElement> shown =
        browser.findElements(By.cssSelector("#why-projects tbody tr")).stream()
            .filter(WebElement::isDisplayed)
            .toList();
    assertThat(shown).hasSize(1);
    assertThat(shown.get(0).getAttribute("data-id")).isEqualTo(String.valueOf(hidden));
    assertThat(shown.get(0).getText())
        .contains("not listed", "not its own", "hidden: needs pipeline.view_other");
  }

  @Test
  void theClockCanBeFixedAndABadInstantIsRefused() {
    browser.findElement(By.id("clock-fixed")).click();
    type("clock-instant", "2030-01-02T03:04:05Z");
    browser.findElement(By.id("set-clock")).click();
    wait.until(d -> text("clock-now").equals("2030-01-02T03:04:05.000Z (fixed)"));
    assertThat(mock.state().clock().fixedInstant())
        .hasValue(java.time.Instant.parse("2030-01-02T03:04:05Z"));

    type("clock-instant", "tomorrow");
    browser.findElement(By.id("set-clock")).click();
    wait.until(d -> text("state-result").contains("was refused"));
    assertThat(text("state-result")).contains("400", "invalid_data");
    assertThat(text("clock-now")).isEqualTo("2030-01-02T03:04:05.000Z (fixed)");

    browser.findElement(By.id("clock-real")).click();
    browser.findElement(By.id("set-clock")).click();
    wait.until(d -> text("clock-now").endsWith("(real)"));
  }

  @Test
  void anEditedProjectAndARevokedTokenShowInTheAnswers() {
    new Select(browser.findElement(By.id("project-company"))).selectByValue("acme");
    type("project-id", "3");
    type("project-patch", "{\"probability\": 7}");
    browser.findElement(By.id("edit-project")).click();
    wait.until(d -> text("state-result").contains("done"));
    assertThat(
            Calls.list(mock, "probability=7", headers("tok-both", "acme"))
                .jsonPath()
                .getList("id", Long.class))
        .contains(3L);

    browser
        .findElement(
            By.cssSelector("#identities tr[data-name='view'] button[aria-label='Revoke view']"))
        .click();
    wait.until(
        d ->
            d.findElement(By.cssSelector("#identities tr[data-name='view']"))
                .getText()
                .contains("Unrevoke"));
    useIdentity("view");
    send();
    assertThat(text("status")).startsWith("401");
    assertThat(text("explanation-facts")).contains("'view', which is revoked");
  }

  @Test
  void explainsAForbiddenCallWithTheContractsInterpretation() throws IOException {
    useIdentity("view");
    type("company", "globex");
    send();

    assertThat(text("status")).startsWith("403");
    String cause = waitFor(By.id("explanation-cause")).getText();
    assertThat(cause)
        .contains("403 forbidden (no-company-access)")
        .contains("You cannot access the company named in Wethod-Company.");
    assertThat(text("explanation-facts")).contains("'view' has no access to 'globex'");
    assertThat(text("explanation-interpretations")).contains("Interpretation 3 (403).");
    assertThat(browser.findElements(By.cssSelector("#projects tbody tr"))).isEmpty();
    browser.manage().window().setSize(new Dimension(1100, 1150));
    browser.executeScript("document.getElementById('query-title').scrollIntoView()");
    screenshot("console-403.png");
  }

  @Test
  void aSoftDeletedProjectLeavesTheDefaultList() {
    useIdentity("both");
    send();
    long victim = tableIds().get(0);

    new Select(browser.findElement(By.id("project-company"))).selectByValue("acme");
    type("project-id", String.valueOf(victim));
    browser.findElement(By.id("soft-delete")).click();
    wait.until(d -> text("state-result").contains("done"));
    send();
    assertThat(tableIds()).doesNotContain(victim);

    new Select(browser.findElement(By.id("deleted"))).selectByValue("include");
    send();
    WebElement row = browser.findElement(By.cssSelector("#projects tr[data-id='" + victim + "']"));
    assertThat(row.getAttribute("class")).contains("deleted");
    assertThat(row.getText()).contains("deleted");
  }

  @Test
  void aRefusedStateChangeShowsItsError() {
    type("project-id", "999999");
    browser.findElement(By.id("restore")).click();
    wait.until(d -> !text("state-result").isEmpty());
    assertThat(text("state-result")).contains("was refused", "404");
    assertThat(browser.findElement(By.id("state-result")).getAttribute("class")).contains("error");
  }

  @Test
  void recentCallsShowCallsFromOtherClients() {
    Calls.list(mock, "probability=lt:10", headers("tok-viewOther", "acme"));
    Calls.list(mock, "", headers("tok-none", "acme"));
    wait.until(
        d -> {
          List<WebElement> rows = d.findElements(By.cssSelector("#calls tbody tr"));
          return !rows.isEmpty() && rows.get(0).getText().contains("no-permission");
        });
    List<WebElement> rows = browser.findElements(By.cssSelector("#calls tbody tr"));
    assertThat(rows.get(0).getText()).contains("none", "403", "no-permission");
    assertThat(rows.get(1).getText()).contains("viewOther", "?probability=lt:10", "200");
  }

  @Test
  void everyControlHasALabelAndTheFormIsInReadingOrder() {
    List<String> unlabelled = new ArrayList<>();
    for (WebElement control : browser.findElements(By.cssSelector("input, select, textarea"))) {
      String id = control.getAttribute("id");
      boolean labelled =
          control.getAttribute("aria-label") != null
              || (id != null
                  && !browser.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty())
              || !control.findElements(By.xpath("ancestor::label")).isEmpty();
      if (!labelled && control.isDisplayed()) {
        unlabelled.add(id);
      }
    }
    assertThat(unlabelled).isEmpty();
    Object unnamedButtons =
        browser.executeScript(
            "return [...document.querySelectorAll('button')]"
                + ".filter(b => !(b.getAttribute('aria-label') || b.textContent.trim())).length;");
    assertThat(((Number) unnamedButtons).intValue()).isZero();

    browser.executeScript("arguments[0].focus()", browser.findElement(By.id("identity")));
    List<String> order = new ArrayList<>();
    for (int i = 0; i < 30 && !order.contains("send"); i++) {
      order.add(browser.switchTo().activeElement().getAttribute("id"));
      browser.switchTo().activeElement().sendKeys(Keys.TAB);
    }
    assertThat(order)
        .containsSubsequence(
            "identity",
            "company",
            "version",
            "filter-updated_at-op",
            "filter-updated_at-value",
            "filter-probability-op",
            "deleted",
            "limit",
            "offset",
            "send");

    // Sending with the keyboard only: Enter in a field submits the form.
    useIdentity("both");
    answer(() -> browser.findElement(By.id("limit")).sendKeys("3", Keys.ENTER));
    assertThat(text("request-line")).isEqualTo("GET /api/projects?limit=3");
    assertThat(tableIds()).hasSize(3);
  }

  @Test
  void fitsANarrowWindow() throws IOException {
    browser.manage().window().setSize(new Dimension(380, 900));
    useIdentity("both");
    send();
    JavascriptExecutor js = browser;
    Object pageWidth = js.executeScript("return document.documentElement.scrollWidth");
    Object viewport = js.executeScript("return document.documentElement.clientWidth");
    Object wider =
        js.executeScript(
            "const w = document.documentElement.clientWidth;"
                + " return [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > w && !e.closest('.scroll'))"
                + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className).join(' ');");
    assertThat(((Number) pageWidth).longValue())
        .as("the page scrolls sideways; wider than the window: %s", wider)
        .isLessThanOrEqualTo(((Number) viewport).longValue());
    assertThat(browser.findElement(By.id("send")).isDisplayed()).isTrue();
    screenshot("console-narrow.png");
  }

  private void useIdentity(String name) {
    browser
        .findElement(
            By.cssSelector("#identities tr[data-name='" + name + "'] button[aria-label^='Use']"))
        .click();
  }

  private void type(String id, String value) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  private void send() {
    answer(() -> browser.findElement(By.id("send")).click());
  }

  /** Does {@code action} and waits until the page has shown the call's answer and explanation. */
  private void answer(Runnable action) {
    String before = browser.findElement(By.tagName("body")).getAttribute("data-answered");
    action.run();
    wait.until(
        d ->
            !java.util.Objects.equals(
                before, d.findElement(By.tagName("body")).getAttribute("data-answered")));
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private WebElement waitFor(By locator) {
    return wait.until(d -> d.findElement(locator));
  }

  /** The ids of the projects table's rows, read in one round trip. */
  private List<Long> tableIds() {
    List<?> ids =
        (List<?>)
            browser.executeScript(
                "return [...document.querySelectorAll('#projects tbody tr')]"
                    + ".map(row => row.getAttribute('data-id'));");
    return ids.stream().map(id -> Long.parseLong((String) id)).toList();
  }

  /** Each row of the explanation table as its project id and its text, in one round trip. */
  private Map<Long, String> explainedRows() {
    List<?> rows =
        (List<?>)
            browser.executeScript(
                "return [...document.querySelectorAll('#why-projects tbody tr')]"
                    + ".map(row => [row.getAttribute('data-id'), row.innerText]);");
    Map<Long, String> out = new java.util.LinkedHashMap<>();
    for (Object row : rows) {
      List<?> cells = (List<?>) row;
      out.put(Long.parseLong((String) cells.get(0)), (String) cells.get(1));
    }
    return out;
  }

  private static List<Long> ids(Response response) {
    assertThat(response.statusCode()).isEqualTo(200);
    return response.jsonPath().getList("id", Long.class);
  }

  private static Map<String, String> headers(String token, String company) {
    return Map.of(
        "Authorization", "Bearer " + token, "Wethod-Company", company, "Wethod-Version", VERSION);
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
