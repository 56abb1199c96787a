package io.wethodkit.conformance.runner;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether the target accepts connections at all: a target that does not is a configuration problem
 * (exit 2), while one that accepts and then hangs is judged by the checks.
 */
public final class TargetReachability {

  private TargetReachability() {}

  /** Why the target cannot be reached, or empty when a connection opens. */
  public static Optional<String> problem(URI baseUrl, Duration timeout) {
    int port =
        baseUrl.getPort() >= 0 ? baseUrl.getPort() : "https".equals(baseUrl.getScheme()) ? 443 : 80;
    try (Socket socket = new Socket()) {
      socket.connect(
          new InetSocketAddress(baseUrl.getHost(), port),
          (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
      return Optional.empty();
    } catch (UnknownHostException e) {
      return Optional.of("unknown host " + baseUrl.getHost());
    } catch (IOException e) {
      String message = e.getMessage();
      return Optional.of(
          message == null || message.isBlank() ? e.getClass().getSimpleName() : message);
    }
  }
}
