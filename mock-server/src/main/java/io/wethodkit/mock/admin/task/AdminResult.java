package io.wethodkit.mock.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.mock.store.Json;

/** The status and JSON body of an admin answer. */
record AdminResult(int status, JsonNode body) {

  static AdminResult ok(JsonNode body) {
    return new AdminResult(200, body);
  }

  static AdminResult created(JsonNode body) {
    return new AdminResult(201, body);
  }

  static AdminResult message(String text) {
    ObjectNode body = Json.object();
    body.put("message", text);
    return ok(body);
  }

  static AdminResult error(int status, String key, String message) {
    ObjectNode body = Json.object();
    body.put("key", key);
    body.put("message", message);
    return new AdminResult(status, body);
  }
}
