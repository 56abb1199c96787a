package io.wethodkit.mock.admin.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.mock.store.Json;

/** The status and JSON body of an admin answer. */
public record AdminResult(int status, JsonNode body) {

  public static AdminResult ok(JsonNode body) {
    return new AdminResult(200, body);
  }

  public static AdminResult created(JsonNode body) {
    return new AdminResult(201, body);
  }

  /** A 200 {@code {"message": text}}, for a change that returns no resource. */
  public static AdminResult message(String text) {
    ObjectNode body = Json.object();
    body.put("message", text);
    return ok(body);
  }

  /** An error in the admin API's format, {@code {"key", "message"}}. */
  public static AdminResult error(int status, String key, String message) {
    ObjectNode body = Json.object();
    body.put("key", key);
    body.put("message", message);
    return new AdminResult(status, body);
  }
}
