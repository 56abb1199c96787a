package io.wethodkit.contract.prism;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a request exactly as written (no client re-encodes its query) over HTTP/1.1 with {@code
 * Connection: close}, and reads the whole answer.
 */
final class RawHttpClient {

  private final String host;
  private final int port;

  RawHttpClient(URI base) {
    this.host = base.getHost();
    this.port = base.getPort();
  }

  Reply send(String method, String target, Map<String, String> headers) throws IOException {
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(host).append(':').append(port).append("\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket(host, port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      in.transferTo(all);
      return parse(all.toByteArray(), "HEAD".equals(method));
    }
  }

  static Reply parse(byte[] bytes, boolean headOnly) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IllegalStateException("no complete HTTP answer: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers
          .computeIfAbsent(
              lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    byte[] body = new byte[0];
    if (!headOnly) {
      body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
      List<String> encoding = headers.get("transfer-encoding");
      if (encoding != null && encoding.get(0).equalsIgnoreCase("chunked")) {
        body = unchunk(body);
      }
    }
    return new Reply(status, headers, body);
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = indexOf(chunked, at);
      String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int length = Integer.parseInt(size.split(";")[0].trim(), 16);
      if (length == 0) {
        break;
      }
      out.write(chunked, lineEnd + 2, length);
      at = lineEnd + 2 + length + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    throw new IllegalStateException("a chunk size line has no end");
  }
}
