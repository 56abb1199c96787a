package io.wethodkit.mock.cli;

import io.wethodkit.mock.admin.AdminAccess;
import java.io.IOException;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;

/**
 * The container image's health check: asks the mock running beside it for {@code /__admin/health},
 * sending the admin token of the environment, and exits 0 when it answers 200, 1 otherwise (with
 * the reason on stderr, which Docker keeps in the container's health log). It reads the port,
 * address and token from the environment variables the mock reads, so the image's health check
 * needs nothing but {@code java}:
 *
 * <pre>{@code java -cp wethod-projects-mock.jar io.wethodkit.mock.cli.HealthCheck}</pre>
 */
public final class HealthCheck {

  static final String PORT = "WETHOD_MOCK_PORT";
  static final String BIND = "WETHOD_MOCK_BIND";
  static final String ADMIN_TOKEN = "WETHOD_MOCK_ADMIN_TOKEN";
  static final String PATH = "/__admin/health";

  /** Below Docker's own timeout of the check, so that the reason is printed before it kills us. */
  static final Duration TIMEOUT = Duration.ofSeconds(2);

  private HealthCheck() {}

  public static void main(String[] args) {
    System.exit(check(System.getenv(), System.err));
  }

  /**
   * Calls the health endpoint of the mock that {@code environment} configures.
   *
   * @return 0 when it answered 200, 1 otherwise
   */
  static int check(Map<String, String> environment, PrintStream err) {
    URI uri;
    try {
      uri = healthUri(environment);
    } catch (IllegalArgumentException e) {
      err.println("unhealthy: " + e.getMessage());
      return 1;
    }
    try {
      HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
      connection.setConnectTimeout((int) TIMEOUT.toMillis());
      connection.setReadTimeout((int) TIMEOUT.toMillis());
      String token = environment.get(ADMIN_TOKEN);
      if (token != null && !token.isBlank()) {
        connection.setRequestProperty(AdminAccess.HEADER, AdminAccess.SCHEME + token);
      }
      int status = connection.getResponseCode();
      connection.disconnect();
      if (status == 200) {
        return 0;
      }
      err.println("unhealthy: " + uri + " answered " + status);
      return 1;
    } catch (IOException e) {
      err.println("unhealthy: " + uri + ": " + e);
      return 1;
    }
  }

  /**
   * Where the mock answers inside its container: its port, on loopback when it listens on every
   * interface, else on the one address it listens on.
   */
  static URI healthUri(Map<String, String> environment) {
    String port = environment.getOrDefault(PORT, "8080").strip();
    if (!port.matches("[0-9]{1,5}")
        || Integer.parseInt(port) < 1
        || Integer.parseInt(port) > 65535) {
      throw new IllegalArgumentException(PORT + " is not a port: '" + port + "'");
    }
    String host = host(environment.getOrDefault(BIND, "127.0.0.1").strip());
    return URI.create("http://" + host + ":" + port + PATH);
  }

  private static String host(String bind) {
    try {
      InetAddress address = InetAddress.getByName(bind.isEmpty() ? "127.0.0.1" : bind);
      if (address.isAnyLocalAddress()) {
        return "127.0.0.1";
      }
      String literal = address.getHostAddress();
      return literal.contains(":") ? "[" + literal + "]" : literal;
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(BIND + " is not an address: '" + bind + "'");
    }
  }
}
