package io.wethodkit.mock.guard;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.mock.store.Json;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A request the web access policy refuses: its status, key and message, written as JSON ({@code
 * {"key", "message"}}, the shape of the admin API's errors and of the contract's). Each message
 * names the option that would let the request through.
 */
record GuardRefusal(int status, String key, String message) {

  /** Longest part of a request quoted back in a message. */
  private static final int QUOTED = 100;

  static final String HOST_KEY = "forbidden_host";
  static final String ORIGIN_KEY = "forbidden_origin";
  static final String MEDIA_KEY = "unsupported_media_type";

  static GuardRefusal host(String host) {
    String name = quoted(host);
    return new GuardRefusal(
        403,
        HOST_KEY,
        "This mock answers requests sent to an IP address, localhost or a *.localhost name, and"
            + " this one was sent to '"
            + name
            + "'. That is how a page whose name was made to resolve to the mock (DNS rebinding) is"
            + " kept out. To reach the mock by this name, start it with --allowed-host "
            + name
            + " (or WETHOD_MOCK_ALLOWED_HOSTS="
            + name
            + ").");
  }

  static GuardRefusal adminOrigin(String origin) {
    String from = quoted(origin);
    return new GuardRefusal(
        403,
        ORIGIN_KEY,
        "The admin API and the console answer their own pages and callers that send no Origin"
            + " (curl, the admin client, tests); this request came from a page of '"
            + from
            + "', and changed nothing. To let pages of that origin administer the mock, start it"
            + " with --admin-origin "
            + from
            + ".");
  }

  static GuardRefusal crossSite() {
    return new GuardRefusal(
        403,
        ORIGIN_KEY,
        "The admin API and the console do not answer a request that the browser marks as"
            + " cross-site (Sec-Fetch-Site: cross-site), and this one changed nothing. Open the"
            + " console at its own address, call the admin API from outside a browser, or start the"
            + " mock with --admin-origin ORIGIN to let the pages of a tool administer it.");
  }

  static GuardRefusal apiOrigin(String key, String origin) {
    String from = quoted(origin);
    return new GuardRefusal(
        403,
        key,
        "Pages of '"
            + from
            + "' may not call this mock: it answers pages of its own origin and of loopback"
            + " origins (http://localhost:*, http://127.0.0.1:*, http://[::1]:*). To let that"
            + " origin call it, start it with --cors-origin "
            + from
            + " (or --cors-origin '*' for any page).");
  }

  static GuardRefusal mediaType(boolean fileUpload) {
    return new GuardRefusal(
        415,
        MEDIA_KEY,
        "An admin call that changes something takes its body as JSON: send 'Content-Type:"
            + " application/json' (with curl, -H 'Content-Type: application/json'), or no body"
            + (fileUpload ? ", or for a file under /__admin/files the file's own type" : "")
            + ". A body of another type is what an HTML form or a simple cross-site request"
            + " sends, so it is refused.");
  }

  /** Writes this refusal with {@code mediaType} as its {@code Content-Type}. */
  void write(HttpServletResponse answer, String mediaType) throws IOException {
    ObjectNode body = Json.object();
    body.put("key", key);
    body.put("message", message);
    byte[] bytes = Json.bytes(body);
    answer.setStatus(status);
    answer.setHeader("Content-Type", mediaType);
    answer.setHeader("Cache-Control", "no-store");
    answer.setContentLength(bytes.length);
    try (ServletOutputStream out = answer.getOutputStream()) {
      out.write(bytes);
    }
  }

  /** A part of the request, as much of it as a message quotes, printable characters only. */
  private static String quoted(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length() && out.length() < QUOTED; i++) {
      char c = value.charAt(i);
      out.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return out.toString();
  }
}
