package io.wethodkit.mock.console;

import static io.wethodkit.mock.support.AdminRefusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.mock.MockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * With an admin token, the console's routes are guarded like every other admin call, with the
 * header the page sends ({@code Authorization: Token <t>}), and refused with the admin API's JSON
 * 401; the page at the root still loads and asks for the token.
 */
@Timeout(90)
class ConsoleAdminTokenTest {

  private static final String TOKEN = "s3cret";

  // HTTP/1.1, as the kit's admin client: no h2c upgrade attempt on each plain connection.
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private MockServer server;

  @BeforeEach
  void start() {
    server = MockServer.builder().adminToken(TOKEN).build().start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void withoutTheTokenEveryConsoleRouteIsAJson401() throws Exception {
    for (String route : new String[] {"", "/model", "/calls?after=0"}) {
      assertRefusedJson(get(route, null), null);
      assertRefusedJson(get(route, "Token wrong-9f2"), "Token wrong-9f2");
    }
    String explain = "{\"authorization\": \"Bearer tok-view\", \"company\": \"acme\"}";
    assertRefusedJson(post("/explain", explain, null), null);
    assertRefusedJson(post("/explain", explain, "Token wrong-9f2"), "Token wrong-9f2");
  }

  @Test
  void withTheTokenTheConsoleRoutesAnswer() throws Exception {
    HttpResponse<String> model = get("/model", "Token " + TOKEN);
    assertThat(model.statusCode()).isEqualTo(200);
    assertThat(model.body()).contains("\"filters\"");
    assertThat(get("/calls", "Token " + TOKEN).statusCode()).isEqualTo(200);
    HttpResponse<String> page = get("", "Token " + TOKEN);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).contains(ConsoleAdminApi.HTML);
    HttpResponse<String> explained =
        post(
            "/explain",
            "{\"authorization\": \"Bearer tok-view\", \"company\": \"acme\","
                + " \"version\": \"2024-06-15\", \"query\": \"limit=1\"}",
            "Token " + TOKEN);
    assertThat(explained.statusCode()).isEqualTo(200);
  }

  @Test
  void thePageAtTheRootNeedsNoToken() throws Exception {
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + "/")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).contains(ConsoleAdminApi.HTML);
  }

  @Test
  void thePageAsksForTheTokenAndSendsItOnEveryAdminCall() {
    SystemChromium.missing()
        .ifPresent(reason -> Assumptions.abort("No browser test without Chromium: " + reason));
    ChromeDriver browser = SystemChromium.start(1280, 1000);
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
      browser.get(server.baseUrl() + "/");
      wait.until(d -> d.findElement(By.id("admin-token-section")).isDisplayed());
      assertThat(browser.findElements(By.cssSelector("#identities tbody tr"))).isEmpty();

      browser.findElement(By.id("admin-token")).sendKeys("wrong\n");
      wait.until(d -> d.findElement(By.id("notice")).getText().contains("refused"));
      assertThat(browser.findElement(By.id("admin-token-section")).isDisplayed()).isTrue();

      browser.findElement(By.id("admin-token")).clear();
      browser.findElement(By.id("admin-token")).sendKeys(TOKEN + "\n");
      wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
      assertThat(browser.findElements(By.cssSelector("#identities tbody tr"))).isNotEmpty();
      assertThat(browser.findElement(By.id("admin-token-section")).isDisplayed()).isFalse();

      // A state change is an admin call too: it goes through with the token.
      browser.findElement(By.id("reset")).click();
      wait.until(d -> d.findElement(By.id("state-result")).getText().contains("done"));
    } finally {
      browser.quit();
    }
  }

  private static void assertRefusedJson(HttpResponse<String> answer, String sent) {
    assertRefused(
        answer.statusCode(),
        answer.headers().firstValue("Content-Type").orElse(null),
        answer.headers().firstValue("WWW-Authenticate").orElse(null),
        answer.body(),
        sent);
  }

  private HttpResponse<String> get(String route, String authorization) throws Exception {
    return send(route, HttpRequest.BodyPublishers.noBody(), "GET", authorization);
  }

  /** A POST as the console sends it: a JSON body. */
  private HttpResponse<String> post(String route, String body, String authorization)
      throws Exception {
    return send(route, HttpRequest.BodyPublishers.ofString(body), "POST", authorization);
  }

  private HttpResponse<String> send(
      String route, HttpRequest.BodyPublisher body, String method, String authorization)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(server.baseUrl() + "/__admin" + ConsoleAdminApi.ROOT + route))
            .method(method, body)
            .header("Content-Type", "application/json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
