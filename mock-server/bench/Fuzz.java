import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sends generated requests to the mock's endpoint over persistent connections and counts the
 * answers by status; any 5xx or any answer with a body that is not JSON is counted and printed.
 * Run by run-fuzz.sh: java -cp wethod-projects-mock.jar Fuzz.java PORT REQUESTS CONNECTIONS SEED
 */
public class Fuzz {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String[] NAMES = {
    "updated_at", "deleted", "deleted_at", "probability", "date_start", "limit", "offset"
  };
  static final String[] TOKENS = {"tok-both", "tok-view", "tok-viewOther", "tok-multi", "tok-none",
    "tok-revoked", "nope", ""};
  static final String[] METHODS = {"POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"};

  static final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
  static final LongAdder serverErrors = new LongAdder();
  static final LongAdder notJson = new LongAdder();
  static final LongAdder reconnects = new LongAdder();

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    long total = Long.parseLong(args[1]);
    int connections = Integer.parseInt(args[2]);
    long seed = Long.parseLong(args[3]);
    AtomicLong next = new AtomicLong();
    Thread[] threads = new Thread[connections];
    long started = System.nanoTime();
    for (int c = 0; c < connections; c++) {
      Random random = new Random(seed + c);
      threads[c] = new Thread(() -> run(port, total, next, random));
      threads[c].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("%d requests over %d persistent connections in %.0f s (%d reconnects)%n",
        next.get() > total ? total : next.get(), connections, seconds, reconnects.sum());
    new TreeMap<>(byStatus).forEach((status, n) -> System.out.printf("  %d: %d%n", status, n.sum()));
    System.out.printf("5xx answers: %d; answers that are not JSON: %d%n", serverErrors.sum(), notJson.sum());
    System.exit(serverErrors.sum() == 0 && notJson.sum() == 0 ? 0 : 1);
  }

  static void run(int port, long total, AtomicLong next, Random random) {
    Socket socket = null;
    try {
      while (next.getAndIncrement() < total) {
        if (socket == null) {
          socket = new Socket("127.0.0.1", port);
          socket.setSoTimeout(30_000);
        }
        byte[] request = request(random);
        String method = new String(request, 0, 8, StandardCharsets.US_ASCII).split(" ")[0];
        try {
          socket.getOutputStream().write(request);
          boolean open = answer(new BufferedInputStream(socket.getInputStream(), 1), method, request);
          if (!open) {
            socket.close();
            socket = null;
            reconnects.increment();
          }
        } catch (IOException closed) {
          socket.close();
          socket = null;
          reconnects.increment();
        }
      }
      if (socket != null) {
        socket.close();
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads one answer; false when the server closes the connection after it. */
  static boolean answer(InputStream in, String method, byte[] request) throws IOException {
    String status = line(in);
    if (status == null) {
      throw new IOException("closed");
    }
    int code = Integer.parseInt(status.split(" ")[1]);
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
      int colon = header.indexOf(':');
      headers.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
    }
    byte[] body = new byte[0];
    if (!method.equals("HEAD") && code != 204 && code != 304) {
      if ("chunked".equalsIgnoreCase(headers.get("Transfer-Encoding"))) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
            size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
          out.write(in.readNBytes(size));
          line(in);
        }
        line(in);
        body = out.toByteArray();
      } else if (headers.containsKey("Content-Length")) {
        body = in.readNBytes(Integer.parseInt(headers.get("Content-Length")));
      } else {
        body = in.readAllBytes();
      }
    }
    byStatus.computeIfAbsent(code, k -> new LongAdder()).increment();
    if (code >= 500) {
      serverErrors.increment();
      report("5xx", request, status, body);
    }
    if (body.length > 0 && !isJson(headers, body)) {
      notJson.increment();
      report("not JSON", request, status, body);
    }
    return !"close".equalsIgnoreCase(headers.get("Connection"));
  }

  static boolean isJson(Map<String, String> headers, byte[] body) {
    String type = headers.get("Content-Type");
    if (type == null || !type.startsWith("application/json")) {
      return false;
    }
    try {
      JSON.readTree(body);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static void report(String what, byte[] request, String status, byte[] body) {
    if (serverErrors.sum() + notJson.sum() <= 10) {
      String text = new String(request, StandardCharsets.ISO_8859_1);
      System.out.println(what + ": " + text.substring(0, Math.min(300, text.length())).replace("\r\n", " | ")
          + " -> " + status + " " + new String(body, 0, Math.min(200, body.length), StandardCharsets.UTF_8));
    }
  }

  static String line(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        byte[] bytes = out.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
      }
      out.write(b);
    }
    return out.size() == 0 ? null : out.toString(StandardCharsets.ISO_8859_1);
  }

  /** A request: mostly a GET of a permitted identity with a random query, sometimes anything. */
  static byte[] request(Random random) {
    int kind = random.nextInt(100);
    String method = kind < 90 ? "GET" : METHODS[random.nextInt(METHODS.length)];
    StringBuilder out = new StringBuilder();
    out.append(method).append(" /api/projects?").append(query(random)).append(" HTTP/1.1\r\n");
    out.append("Host: 127.0.0.1\r\n");
    int headers = random.nextInt(100);
    if (headers < 80) {
      String[] grant = random.nextBoolean() ? new String[] {"tok-both", "acme"} : new String[] {"tok-view", "acme"};
      out.append("Authorization: Bearer ").append(grant[0]).append("\r\n");
      out.append("Wethod-Company: ").append(grant[1]).append("\r\n");
      out.append("Wethod-Version: 2024-06-15\r\n");
    } else if (headers < 85) {
      out.append("Authorization:  \r\n");
    } else if (headers < 88) {
      out.append("Authorization: Bearer tok-both").append((char) (1 + random.nextInt(8))).append("\r\n");
    } else if (headers < 90) {
      out.append("Bad Header Line\r\n");
    } else if (headers < 91) {
      out.append("X-Big: ").append("a".repeat(70_000)).append("\r\n");
    } else {
      out.append("Authorization: Bearer ").append(TOKENS[random.nextInt(TOKENS.length)]).append("\r\n");
      if (random.nextBoolean()) {
        out.append("Wethod-Company: ").append(random.nextBoolean() ? "acme" : "globex").append("\r\n");
      }
      if (random.nextBoolean()) {
        out.append("Wethod-Version: ").append(random.nextBoolean() ? "2024-06-15" : "2020-01-01").append("\r\n");
      }
    }
    if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
      out.append("Content-Length: 2\r\n\r\n{}");
    } else {
      out.append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  static String query(Random random) {
    StringBuilder out = new StringBuilder();
    int count = random.nextInt(5);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        out.append('&');
      }
      out.append(NAMES[random.nextInt(NAMES.length)]).append('=').append(value(random));
    }
    return out.toString();
  }

  static String value(Random random) {
    return switch (random.nextInt(10)) {
      case 0 -> "";
      case 1 -> "%zz";
      case 2 -> "%C3%28";
      case 3 -> "9".repeat(1 + random.nextInt(30));
      case 4 -> (random.nextBoolean() ? "gt:" : "lt:") + (random.nextInt(300) - 100);
      case 5 -> String.format("%04d-%02d-%02d", 2000 + random.nextInt(30), random.nextInt(14), random.nextInt(33));
      case 6 -> String.format("%s2024-%02d-%02dT%02d:00:00%s", random.nextBoolean() ? "gt:" : "",
          1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(25),
          random.nextBoolean() ? "Z" : "%2B02:00");
      case 7 -> random.nextBoolean() ? "include" : "only";
      case 8 -> String.valueOf(random.nextInt(120));
      default -> String.valueOf(random.nextInt(100_000));
    };
  }
}
