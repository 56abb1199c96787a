package io.wethodkit.mock.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.mock.store.Json;
import java.nio.charset.StandardCharsets;

/**
 * What an admin call refused for want of the admin token must be: a 401 in the admin API's error
 * format ({@code {"key", "message"}}, {@code application/json}) that says how to send the token and
 * does not repeat the one sent.
 */
public final class AdminRefusals {

  private AdminRefusals() {}

  /**
   * Asserts the parts of an answer.
   *
   * @param sent the {@code Authorization} value sent, or null; it must not be echoed
   */
  public static void assertRefused(
      int status, String contentType, String challenge, String body, String sent) {
    assertThat(status).isEqualTo(401);
    assertThat(contentType).isEqualTo("application/json");
    assertThat(challenge).isEqualTo("Token");
    JsonNode json = Json.parse(body.getBytes(StandardCharsets.UTF_8), "body");
    assertThat(json.isObject()).isTrue();
    assertThat(json.fieldNames()).toIterable().containsExactly("key", "message");
    assertThat(json.path("key").asText()).isEqualTo("unauthorized");
    assertThat(json.path("message").asText())
        .contains("admin token")
        .contains("'Authorization: Token <token>'");
    String credentials = sent == null ? "" : sent.substring(sent.indexOf(' ') + 1).strip();
    if (!credentials.isEmpty()) {
      assertThat(body).doesNotContain(credentials);
    }
  }

  /** Asserts a reply read with {@link RawHttp}. */
  public static void assertRefused(RawHttp.Reply reply, String sent) {
    assertRefused(
        reply.status(),
        reply.header("Content-Type"),
        reply.header("WWW-Authenticate"),
        reply.text(),
        sent);
  }
}
