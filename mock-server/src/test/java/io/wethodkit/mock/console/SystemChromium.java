package io.wethodkit.mock.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the system's packages (Debian: {@code chromium} and {@code
 * chromium-driver}). The driver and the browser are given by path, so Selenium Manager never looks
 * for, nor downloads, anything.
 */
public final class SystemChromium {

  public static final Path BROWSER = Path.of("/usr/bin/chromium");
  public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private SystemChromium() {}

  /** Why the browser tests cannot run here, or empty when they can. */
  public static Optional<String> missing() {
    if (!Files.isExecutable(BROWSER)) {
      return Optional.of(BROWSER + " is missing (apt-get install -y chromium chromium-driver)");
    }
    if (!Files.isExecutable(DRIVER)) {
      return Optional.of(DRIVER + " is missing (apt-get install -y chromium-driver)");
    }
    return Optional.empty();
  }

  static ChromeDriver start(int width, int height) {
    return start(width, height, List.of());
  }

  /** The browser with {@code arguments} added to the command line. */
  public static ChromeDriver start(int width, int height, List<String> arguments) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--window-size=" + width + "," + height);
    options.addArguments(arguments);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .withTimeout(Duration.ofSeconds(30))
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    return driver;
  }
}
