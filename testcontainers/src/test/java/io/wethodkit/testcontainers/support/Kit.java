package io.wethodkit.testcontainers.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Where the kit's files are, and small HTTP calls to what the tests start. */
public final class Kit {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Kit() {}

  public static Path root() {
    return Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();
  }

  public static Path mockJar() {
    return existing(Path.of(System.getProperty("mock.jar", "")));
  }

  public static Path conformanceJar() {
    return existing(Path.of(System.getProperty("conformance.jar", "")));
  }

  public static Dockerfile mockDockerfile() {
    return Dockerfile.read(root().resolve("mock-server/Dockerfile"));
  }

  public static Dockerfile conformanceDockerfile() {
    return Dockerfile.read(root().resolve("conformance-tests/Dockerfile"));
  }

  /** A small fixture dataset (9 acme projects visible to tok-both). */
  public static Path testFixtures() {
    return existing(root().resolve("mock-server/src/test/resources/testdata"));
  }

  private static Path existing(Path path) {
    if (!Files.exists(path)) {
      throw new IllegalStateException(path + " is missing: build the kit with mvn package first");
    }
    return path;
  }

  /** The status of a GET, or -1 while nothing answers. */
  public static int status(String url, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5));
    headers.forEach(request::header);
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (java.io.IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  public static String body(String url, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5));
    headers.forEach(request::header);
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The status of a POST of a JSON body. */
  public static int postJson(String url, Map<String, String> headers, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(request::header);
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits until {@code url} answers {@code expected} to {@code headers}, at most 30 s. */
  public static void awaitStatus(
      ImageRun run, String url, Map<String, String> headers, int expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (status(url, headers) != expected) {
      if (!run.isAlive()) {
        throw new AssertionError("the process ended: " + run.out() + run.err());
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            url + " never answered " + expected + ": " + run.out() + run.err());
      }
      Thread.sleep(100);
    }
  }

  public static Map<String, String> listHeaders() {
    return Map.of(
        "Authorization",
        "Bearer tok-both",
        "Wethod-Company",
        "acme",
        "Wethod-Version",
        "2024-06-15");
  }
}
