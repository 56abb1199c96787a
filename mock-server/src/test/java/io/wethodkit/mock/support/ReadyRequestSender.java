package io.wethodkit.mock.support;

import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.client.Coverage;
import io.wethodkit.mock.store.Identity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends a ready request of the coverage to a running mock byte for byte, as a client would: the
 * named identity's token (read from the mock's state), the other headers, the query as written.
 */
public final class ReadyRequestSender {

  private ReadyRequestSender() {}

  public static RawHttp.Reply send(MockServer mock, Coverage.Request request) {
    Map<String, String> headers = new LinkedHashMap<>(request.headers());
    if (request.identity() != null) {
      Identity identity = mock.state().snapshot().identity(request.identity()).orElseThrow();
      headers.put("Authorization", "Bearer " + identity.token());
    } else if (request.authorization() != null) {
      headers.put("Authorization", request.authorization());
    }
    String target = request.path() + (request.query().isEmpty() ? "" : "?" + request.query());
    return RawHttp.send(mock.port(), request.method(), target, headers);
  }
}
