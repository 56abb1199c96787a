package io.wethodkit.mock.support;

import static io.restassured.RestAssured.given;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.wethodkit.mock.MockServer;
import java.util.Map;

/** Requests to a running mock over real HTTP, with the query sent exactly as written. */
public final class Calls {

  private static final RestAssuredConfig RAW =
      RestAssuredConfig.config()
          .encoderConfig(
              EncoderConfig.encoderConfig()
                  .appendDefaultContentCharsetToContentTypeIfUndefined(false));

  private Calls() {}

  public static RequestSpecification raw(MockServer mock) {
    return given().config(RAW).baseUri(mock.baseUrl()).urlEncodingEnabled(false);
  }

  /** GET the list with {@code query} (raw, already encoded) and {@code headers}. */
  public static Response list(MockServer mock, String query, Map<String, String> headers) {
    RequestSpecification spec = raw(mock).headers(headers);
    String path = mock.contract().path() + (query == null || query.isEmpty() ? "" : "?" + query);
    return spec.get(path);
  }

  /**
   * The list's answer to {@code query}: sent by REST Assured, or byte for byte over a socket when
   * the query is not a valid URI (e.g. {@code %zz}), which URI-checking clients refuse to send.
   */
  public static RawHttp.Reply send(MockServer mock, String query, Map<String, String> headers) {
    String target = mock.contract().path() + (query == null || query.isEmpty() ? "" : "?" + query);
    if (!isUri(target)) {
      return RawHttp.get(mock.port(), target, headers);
    }
    Response response = list(mock, query, headers);
    Map<String, String> received = new java.util.TreeMap<>();
    response
        .headers()
        .forEach(h -> received.put(h.getName().toLowerCase(java.util.Locale.ROOT), h.getValue()));
    return new RawHttp.Reply(response.statusCode(), received, response.asByteArray());
  }

  private static boolean isUri(String target) {
    try {
      new java.net.URI(target);
      return true;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /** The standard headers of {@code token} on {@code company}. */
  public static Map<String, String> headers(String token, String company) {
    return Map.of(
        "Authorization",
        "Bearer " + token,
        "Wethod-Company",
        company,
        "Wethod-Version",
        "2024-06-15");
  }
}
