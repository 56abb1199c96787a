package io.wethodkit.mock.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wethodkit.mock.MockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls to the mock's list endpoint, apart from the admin client, so that a test sees what a change
 * made through the client does to the endpoint's answers.
 */
final class LiveEndpoint {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private LiveEndpoint() {}

  /** The answer to {@code GET <path>?query} with the token and company, as the contract asks. */
  static HttpResponse<byte[]> list(MockServer mock, String token, String company, String query) {
    var headers = mock.contract().headers();
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    mock.baseUrl() + mock.contract().path() + (query.isEmpty() ? "" : "?" + query)))
            .header("Authorization", "Bearer " + token)
            .header(headers.companyHeader(), company)
            .header(headers.versionHeader(), headers.supportedVersions().get(0))
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static int status(MockServer mock, String token, String company) {
    return list(mock, token, company, "").statusCode();
  }

  /** The ids the list answers (a 200 is asserted). */
  static List<Long> ids(MockServer mock, String token, String company, String query) {
    HttpResponse<byte[]> answer = list(mock, token, company, query);
    if (answer.statusCode() != 200) {
      throw new AssertionError("the list answered " + answer.statusCode() + " to " + query);
    }
    List<Long> ids = new ArrayList<>();
    try {
      for (JsonNode project : MAPPER.readTree(answer.body())) {
        ids.add(project.get("id").asLong());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }
}
