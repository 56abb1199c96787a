package io.wethodkit.mock.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Calls the routes of {@link AdminRouteTable}: sends JSON to the admin API and reads its JSON
 * answers; a non-2xx answer is an exception.
 */
final class AdminTransport {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String adminRoot;
  private final Optional<String> token;
  private final ObjectMapper mapper;
  private final HttpClient http;

  AdminTransport(String adminRoot, Optional<String> token, ObjectMapper mapper) {
    this.adminRoot = adminRoot;
    this.token = token;
    this.mapper = mapper;
    // HTTP/1.1: the default would first try an h2c upgrade of each plain connection, which
    // WireMock's Jetty now and then ends without an answer.
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
  }

  /** The status of a GET, without reading a body (e.g. the health check). */
  int status(String path) {
    return exchange("GET", path, null).statusCode();
  }

  /** Calls {@code route} with the template's {@code values} and reads the answer as it says. */
  <B, A> A call(AdminRoute<B, A> route, B body, Object... values) {
    return call(route, "", body, values);
  }

  /** The same, with {@code query} (encoded, without {@code ?}; empty for none) after the path. */
  <B, A> A call(AdminRoute<B, A> route, String query, B body, Object... values) {
    if (route.takesBody() != (body != null)) {
      throw new IllegalArgumentException(
          route + (route.takesBody() ? " needs a body" : " takes no body"));
    }
    String path = route.path(values) + (query.isEmpty() ? "" : "?" + query);
    JsonNode answer = call(route.method(), path, body);
    return mapper.convertValue(answer, route.answer());
  }

  private JsonNode call(String method, String path, Object body) {
    HttpResponse<byte[]> response = exchange(method, path, body);
    JsonNode answer = parse(response.body());
    if (response.statusCode() / 100 != 2) {
      throw new MockAdminException(
          response.statusCode(),
          answer.path("key").asText(""),
          method
              + " "
              + path
              + " answered "
              + response.statusCode()
              + answer.path("message").asText("").transform(m -> m.isEmpty() ? "" : ": " + m));
    }
    return answer;
  }

  private HttpResponse<byte[]> exchange(String method, String path, Object body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(adminRoot + path)).timeout(TIMEOUT);
    token.ifPresent(t -> request.header(AdminToken.HEADER, AdminToken.headerValue(t)));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofByteArray(json(body)));
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new MockAdminException(
          0, "unreachable", method + " " + path + " failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MockAdminException(0, "interrupted", method + " " + path + " was interrupted");
    }
  }

  private byte[] json(Object body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write the body as JSON: " + e.getMessage(), e);
    }
  }

  private JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return mapper.missingNode();
    }
    try {
      return mapper.readTree(body);
    } catch (IOException e) {
      return mapper.getNodeFactory().textNode(new String(body, StandardCharsets.UTF_8));
    }
  }
}
