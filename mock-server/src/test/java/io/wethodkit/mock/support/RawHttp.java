package io.wethodkit.mock.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A minimal HTTP/1.1 client over a socket, for requests that URI-checking clients refuse to send
 * (e.g. a query holding {@code %zz}): the request target goes on the wire exactly as given.
 */
public final class RawHttp {

  /** A received answer. */
  public record Reply(int status, Map<String, String> headers, byte[] body, List<String> lines) {
    public Reply(int status, Map<String, String> headers, byte[] body) {
      this(status, headers, body, List.of());
    }

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /**
   * An answer as it came on the wire: the status line and the header lines in their order, and the
   * body (de-chunked, not decoded).
   */
  public record Wire(List<String> head, byte[] body) {
    public int status() {
      return Integer.parseInt(head.get(0).split(" ")[1]);
    }
  }

  private RawHttp() {}

  public static Reply get(int port, String target, Map<String, String> headers) {
    return send(port, "GET", target, headers);
  }

  public static Reply send(int port, String method, String target, Map<String, String> headers) {
    return read(exchange(port, method, target, headers, new byte[0]));
  }

  /**
   * The answer to {@code method target} with {@code headers} and {@code body}; a {@code Host} in
   * {@code headers} replaces the one sent by default.
   */
  public static Reply send(
      int port, String method, String target, Map<String, String> headers, byte[] body) {
    return read(exchange(port, method, target, headers, body));
  }

  /** The answer to {@code method target} with {@code headers} and {@code body}, as it came. */
  public static Wire wire(
      int port, String method, String target, Map<String, String> headers, byte[] body) {
    Reply reply = read(exchange(port, method, target, headers, body));
    return new Wire(List.copyOf(reply.lines()), reply.body());
  }

  private static byte[] exchange(
      int port, String method, String target, Map<String, String> headers, byte[] body) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      StringBuilder request = new StringBuilder();
      request.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
      if (headers.keySet().stream().noneMatch("Host"::equalsIgnoreCase)) {
        request.append("Host: 127.0.0.1:").append(port).append("\r\n");
      }
      request.append("Connection: close\r\n");
      headers.forEach(
          (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
      if (body.length > 0) {
        request.append("Content-Length: ").append(body.length).append("\r\n");
      }
      request.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.UTF_8));
      out.write(body);
      out.flush();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      socket.getInputStream().transferTo(all);
      return all.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("request " + method + " " + target + " failed: " + e, e);
    }
  }

  private static Reply read(byte[] bytes) {
    int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    String head = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
    String[] lines = head.split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    byte[] rest = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      rest = dechunk(rest);
    }
    return new Reply(status, headers, rest, List.of(lines));
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd =
          indexOf(
                  java.util.Arrays.copyOfRange(chunked, at, chunked.length),
                  "\r\n".getBytes(StandardCharsets.US_ASCII))
              + at;
      String sizeText =
          new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].strip();
      int size = Integer.parseInt(sizeText, 16);
      if (size == 0) {
        break;
      }
      out.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("no end of headers in the answer");
  }
}
