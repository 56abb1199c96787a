import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * The yardstick of run-benchmark.sh: the JDK's own HTTP server answering every request with the
 * same status, headers and body bytes, and no logic at all. The headers are those the mock sent
 * (one "Name: value" per line), less those the server writes itself (length, date, encoding).
 *
 * <p>java -Dsun.net.httpserver.nodelay=true NoLogicServer.java PORT BODY_FILE HEADERS_FILE [THREADS]
 *
 * <p>THREADS 0 (the default) runs the handler on the server's dispatcher thread, the JDK's default;
 * a positive number gives it a pool of that many threads.
 */
public class NoLogicServer {

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(args[0]);
    byte[] body = Files.readAllBytes(Path.of(args[1]));
    List<String[]> headers = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[2]))) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = line.substring(0, colon).trim();
      String lower = name.toLowerCase();
      if (lower.equals("content-length")
          || lower.equals("date")
          || lower.equals("transfer-encoding")
          || lower.equals("server")) {
        continue;
      }
      headers.add(new String[] {name, line.substring(colon + 1).trim()});
    }
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
    server.createContext(
        "/",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
          }
          for (String[] header : headers) {
            exchange.getResponseHeaders().add(header[0], header[1]);
          }
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    if (threads > 0) {
      server.setExecutor(Executors.newFixedThreadPool(threads));
    }
    server.start();
    System.out.println("no-logic server on port " + port);
  }
}
