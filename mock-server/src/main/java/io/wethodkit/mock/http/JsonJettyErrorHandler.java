package io.wethodkit.mock.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.contract.ContractException;
import io.wethodkit.mock.endpoint.Answer;
import io.wethodkit.mock.endpoint.EndpointParts;
import io.wethodkit.mock.endpoint.Refusal;
import io.wethodkit.mock.store.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answers to requests it refuses before any servlet runs (a malformed header, a bad URI, a
 * request head too large) in the API's error format, {@code Content-Type: application/json},
 * instead of Jetty's HTML page: a client of the API parses every answer as JSON.
 */
final class JsonJettyErrorHandler extends ErrorHandler {

  /** The key of an error status the contract does not define, by class of status. */
  static final String CLIENT_ERROR = "bad_request";

  static final String SERVER_ERROR = "internal_error";

  private final Supplier<EndpointParts> parts;

  /**
   * @param parts the endpoint's parts, whose contract keys and error renderer the answers use; null
   *     until the mock has loaded its contract (then generic keys and {@code application/json})
   */
  JsonJettyErrorHandler(Supplier<EndpointParts> parts) {
    this.parts = parts;
  }

  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    Answer answer = answer(status, reason);
    fields.put(HttpHeader.CONTENT_TYPE, answer.header("Content-Type"));
    return ByteBuffer.wrap(answer.body());
  }

  @Override
  public void handle(
      String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    Answer answer = answer(response.getStatus(), message == null ? null : message.toString());
    response.setHeader("Cache-Control", "must-revalidate,no-cache,no-store");
    for (Map.Entry<String, String> header : answer.headers().entrySet()) {
      response.setHeader(header.getKey(), header.getValue());
    }
    response.setContentLength(answer.body().length);
    response.getOutputStream().write(answer.body());
    baseRequest.setHandled(true);
  }

  private Answer answer(int status, String reason) {
    String text =
        "The server could not read this HTTP request"
            + (reason == null || reason.isBlank() ? "." : ": " + reason + ".");
    EndpointParts current = parts.get();
    String key = status >= 500 ? SERVER_ERROR : CLIENT_ERROR;
    if (current == null) {
      ObjectNode body = Json.object().put("key", key).put("message", text);
      return new Answer(status, Map.of("Content-Type", "application/json"), Json.bytes(body));
    }
    try {
      key = current.contract().error(status).key();
    } catch (ContractException notInTheContract) {
      // A status the contract does not define (e.g. 431): the generic key of its class.
    }
    return current.errorRenderer().render(new Refusal(status, key, key, text, List.of()));
  }
}
