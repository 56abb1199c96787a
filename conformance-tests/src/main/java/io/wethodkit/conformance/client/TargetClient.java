package io.wethodkit.conformance.client;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends requests to the target's list endpoint over REST Assured and records each as an {@link
 * Exchange}. Queries go out exactly as written (no re-encoding). Every request is bounded: the
 * connect and read timeouts come from the configuration, and a hard deadline covers a target that
 * trickles its answer. After {@value #TIMEOUTS_BEFORE_GIVING_UP} timeouts in a row, or once the
 * run's overall deadline has passed, requests are no longer sent: they fail at once, so that a
 * hanging target yields failures quickly instead of a run that never ends.
 */
public final class TargetClient implements AutoCloseable {

  static final int TIMEOUTS_BEFORE_GIVING_UP = 3;

  static {
    // Apache HttpClient reports retries and stale connections on the console; the suite reports
    // what matters itself.
    Logger.getLogger("org.apache.http").setLevel(Level.OFF);
  }

  private final URI baseUrl;
  private final String path;
  private final Duration timeout;
  private final RestAssuredConfig config;
  private final ExecutorService executor;
  private final MalformedUriSender malformedUriSender;
  private final AtomicInteger consecutiveTimeouts = new AtomicInteger();
  private final AtomicInteger sent = new AtomicInteger();
  private volatile Instant deadline = Instant.MAX;
  private volatile String stopReason;

  /**
   * @param baseUrl the target's root; a path in it (e.g. {@code https://host/v1}) prefixes {@code
   *     path}
   * @param path the list endpoint's path in the contract
   */
  public TargetClient(URI baseUrl, String path, Duration timeout) {
    this.baseUrl = baseUrl;
    String prefix = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath().replaceAll("/+$", "");
    this.path = prefix + path;
    this.timeout = timeout;
    int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    this.config =
        RestAssuredConfig.config()
            .httpClient(
                HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", millis)
                    .setParam("http.socket.timeout", millis)
                    .setParam("http.connection-manager.timeout", (long) millis))
            .redirect(RedirectConfig.redirectConfig().followRedirects(false));
    this.malformedUriSender = new MalformedUriSender(baseUrl, timeout);
    this.executor =
        Executors.newCachedThreadPool(
            runnable -> {
              Thread thread = new Thread(runnable, "conformance-request");
              thread.setDaemon(true);
              return thread;
            });
  }

  public URI baseUrl() {
    return baseUrl;
  }

  public String path() {
    return path;
  }

  public Duration timeout() {
    return timeout;
  }

  /** How many requests were sent so far. */
  public int requestsSent() {
    return sent.get();
  }

  /** After {@code instant}, no request is sent any more: the run is out of time. */
  public void stopAfter(Instant instant) {
    this.deadline = instant;
  }

  /** Sends {@code request} and records the answer, or why there is none. */
  public Exchange send(TargetRequest request) {
    String target = path + (request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery());
    String requestLine = "GET " + target + " HTTP/1.1";
    Map<String, String> shownHeaders = CredentialMask.headers(request.headers());
    String refusal = refusal();
    if (refusal != null) {
      return new Exchange(requestLine, shownHeaders, -1, Map.of(), null, refusal, 0);
    }
    long started = System.nanoTime();
    sent.incrementAndGet();
    Future<Exchange> future =
        executor.submit(
            () -> perform(target, request.headers(), requestLine, shownHeaders, started));
    try {
      Exchange exchange = future.get(timeout.toMillis() * 2 + 1000, TimeUnit.MILLISECONDS);
      consecutiveTimeouts.set(0);
      return exchange;
    } catch (TimeoutException e) {
      future.cancel(true);
      return noAnswer(requestLine, shownHeaders, started, timedOut(), true);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return noAnswer(requestLine, shownHeaders, started, "interrupted", false);
    } catch (ExecutionException e) {
      Throwable cause = rootCause(e);
      boolean timedOut = cause instanceof InterruptedIOException;
      String reason = timedOut ? timedOut() : describe(cause);
      return noAnswer(requestLine, shownHeaders, started, reason, timedOut);
    }
  }

  private Exchange perform(
      String target,
      Map<String, String> headers,
      String requestLine,
      Map<String, String> shownHeaders,
      long started)
      throws IOException {
    if (MalformedUriSender.needed(target)) {
      MalformedUriSender.Answer answer = malformedUriSender.send(target, headers);
      Map<String, List<String>> answerHeaders = new LinkedHashMap<>();
      for (org.apache.http.Header header : answer.headers()) {
        answerHeaders
            .computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
            .add(header.getValue());
      }
      return new Exchange(
          requestLine,
          shownHeaders,
          answer.status(),
          answerHeaders,
          MalformedUriSender.text(answer.body()),
          null,
          elapsed(started));
    }
    Response response = restAssured(target, headers);
    return new Exchange(
        requestLine,
        shownHeaders,
        response.statusCode(),
        headersOf(response),
        new String(response.asByteArray(), StandardCharsets.UTF_8),
        null,
        elapsed(started));
  }

  private Response restAssured(String target, Map<String, String> headers) {
    RequestSpecification spec =
        RestAssured.given().config(config).urlEncodingEnabled(false).baseUri(origin());
    for (Map.Entry<String, String> header : headers.entrySet()) {
      spec = spec.header(new Header(header.getKey(), header.getValue()));
    }
    return spec.when().get(target).andReturn();
  }

  /** Scheme, host and port (always explicit): the path goes into each request's target. */
  private String origin() {
    int port =
        baseUrl.getPort() >= 0 ? baseUrl.getPort() : "https".equals(baseUrl.getScheme()) ? 443 : 80;
    String host =
        baseUrl.getHost().contains(":") ? "[" + baseUrl.getHost() + "]" : baseUrl.getHost();
    return baseUrl.getScheme() + "://" + host + ":" + port;
  }

  private String refusal() {
    if (Instant.now().isAfter(deadline)) {
      return "not sent: the run's overall time limit has passed";
    }
    if (stopReason != null) {
      return stopReason;
    }
    return null;
  }

  private Exchange noAnswer(
      String requestLine,
      Map<String, String> headers,
      long started,
      String reason,
      boolean timedOut) {
    if (timedOut && consecutiveTimeouts.incrementAndGet() >= TIMEOUTS_BEFORE_GIVING_UP) {
      stopReason =
          "not sent: the target did not answer "
              + TIMEOUTS_BEFORE_GIVING_UP
              + " requests in a row within "
              + timeout.toSeconds()
              + " s";
    } else if (!timedOut) {
      consecutiveTimeouts.set(0);
    }
    return new Exchange(requestLine, headers, -1, Map.of(), null, reason, elapsed(started));
  }

  private String timedOut() {
    return "no answer within the timeout of " + timeout.toSeconds() + " s";
  }

  private static Map<String, List<String>> headersOf(Response response) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (Header header : response.headers()) {
      headers
          .computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
          .add(header.getValue());
    }
    return headers;
  }

  private static Throwable rootCause(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  static String describe(Throwable cause) {
    String message = cause.getMessage();
    String type = cause.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : type + ": " + message;
  }

  private static long elapsed(long started) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
  }

  @Override
  public void close() {
    executor.shutdownNow();
    try {
      malformedUriSender.close();
    } catch (IOException e) {
      // Nothing is left to release that matters once the run is over.
    }
  }
}
