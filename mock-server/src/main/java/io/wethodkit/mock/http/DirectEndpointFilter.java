package io.wethodkit.mock.http;

import com.github.tomakehurst.wiremock.core.Options;
import io.wethodkit.mock.endpoint.Answer;
import io.wethodkit.mock.endpoint.EndpointRequest;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.server.HttpOutput;

/**
 * Answers {@code GET <contract path>} in the servlet container, with the same {@link
 * io.wethodkit.mock.endpoint.ProjectsEndpoint} as {@link ProjectsRequestFilter}, skipping
 * WireMock's per-request work (request adaptation, request filters, response rendering) whenever
 * WireMock would add nothing to the answer. Anything else goes on to WireMock, exactly as before:
 *
 * <ul>
 *   <li>a method other than {@code GET} (CORS preflights included), another path, a request with a
 *       body;
 *   <li>any stub the user added, on any path (so a stub for the endpoint takes over as it always
 *       did);
 *   <li>a global {@code fixedDelay} or {@code delayDistribution} in WireMock's settings;
 *   <li>the request journal or the per-request log on, browser proxying, global response templating
 *       (set when the server is built).
 * </ul>
 *
 * <p>It sits behind WireMock's own servlet filters (the content type default) and the web guard
 * (its CORS headers), so those decorate its answers exactly as they decorate WireMock's, and behind
 * {@link QueryEscapeRepair}, so a malformed escape still gets its 400. The answer is written with
 * the same calls, in the same order, as WireMock's servlet writes it: status, headers (names
 * differing only in case merged as WireMock merges them), the length only when WireMock's
 * chunked-encoding policy sets it, then the body, a flush and a close.
 */
public final class DirectEndpointFilter implements Filter {

  private static final Logger LOG = Logger.getLogger(DirectEndpointFilter.class.getName());

  private final ProjectsRequestFilter endpoint;
  private final UserStubs userStubs;
  private final GlobalDelays delays;
  private final boolean possible;
  private final boolean setsLength;
  private final LongAdder answered = new LongAdder();
  private final DirectBodies directBodies = new DirectBodies();

  public DirectEndpointFilter(
      ProjectsRequestFilter endpoint, UserStubs userStubs, GlobalDelays delays, Options options) {
    this.endpoint = endpoint;
    this.userStubs = userStubs;
    this.delays = delays;
    this.possible = possible(options);
    Options.ChunkedEncodingPolicy chunking = options.getChunkedEncodingPolicy();
    // WireMock's servlet sets the length for NEVER, and for BODY_FILE when the body is inline
    // (the endpoint's always is).
    this.setsLength =
        chunking == Options.ChunkedEncodingPolicy.NEVER
            || chunking == Options.ChunkedEncodingPolicy.BODY_FILE;
  }

  /** Whether the server's options leave WireMock nothing to add to any endpoint answer. */
  static boolean possible(Options options) {
    return options.requestJournalDisabled()
        && options.getStubRequestLoggingDisabled()
        && !options.browserProxySettings().enabled()
        && !options.getResponseTemplatingGlobal();
  }

  /** How many requests this filter has answered itself. */
  public long answered() {
    return answered.sum();
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Answer answer = null;
    if (possible
        && request instanceof HttpServletRequest http
        && response instanceof HttpServletResponse) {
      answer = answer(http);
    }
    if (answer == null) {
      chain.doFilter(request, response);
      return;
    }
    answered.increment();
    write(answer, (HttpServletResponse) response);
  }

  /** The endpoint's answer when this filter may give it, else null (WireMock serves). */
  private Answer answer(HttpServletRequest http) {
    try {
      ProjectsRequestFilter.Served served = endpoint.served();
      if (served == null
          || !"GET".equals(http.getMethod())
          || !served.path().equals(http.getRequestURI())
          || hasBody(http)
          || userStubs.any()
          || delays.active()) {
        return null;
      }
      Answer answer = served.endpoint().handle(new ServletEndpointRequest(http));
      return writable(answer) ? answer : null;
    } catch (RuntimeException e) {
      // Never a 5xx from here: WireMock's path answers the request as it always did.
      LOG.log(Level.FINE, "answering in the servlet container failed; WireMock serves it", e);
      return null;
    }
  }

  private static boolean hasBody(HttpServletRequest http) {
    return http.getContentLengthLong() > 0 || http.getHeader("Transfer-Encoding") != null;
  }

  /** Whether WireMock would write {@code answer} as given (no null name, value or body). */
  private static boolean writable(Answer answer) {
    if (answer == null || answer.body() == null) {
      return false;
    }
    for (Map.Entry<String, String> header : answer.headers().entrySet()) {
      if (header.getKey() == null || header.getValue() == null) {
        return false;
      }
    }
    return true;
  }

  private void write(Answer answer, HttpServletResponse response) throws IOException {
    response.setStatus(answer.status());
    addHeaders(answer.headers(), response);
    byte[] body = answer.body();
    if (setsLength && response.getHeader("Content-Length") == null) {
      response.setContentLength(body.length);
    }
    try (ServletOutputStream out = response.getOutputStream()) {
      // Jetty writes a body answered before from its copy outside the heap, without copying it.
      ByteBuffer direct = out instanceof HttpOutput ? directBodies.of(body) : null;
      if (direct != null) {
        ((HttpOutput) out).write(direct);
      } else {
        out.write(body);
      }
      out.flush();
    }
  }

  /**
   * Adds {@code headers} as WireMock's servlet does: WireMock's {@code HttpHeaders} merges names
   * that differ only in case into one header, named and placed as the first of them.
   */
  static void addHeaders(Map<String, String> headers, HttpServletResponse response) {
    List<Map.Entry<String, String>> entries = new ArrayList<>(headers.entrySet());
    for (int i = 0; i < entries.size(); i++) {
      String name = entries.get(i).getKey();
      if (seenBefore(entries, i)) {
        continue;
      }
      response.addHeader(name, entries.get(i).getValue());
      for (int j = i + 1; j < entries.size(); j++) {
        if (entries.get(j).getKey().equalsIgnoreCase(name)) {
          response.addHeader(name, entries.get(j).getValue());
        }
      }
    }
  }

  private static boolean seenBefore(List<Map.Entry<String, String>> entries, int index) {
    String name = entries.get(index).getKey();
    for (int i = 0; i < index; i++) {
      if (entries.get(i).getKey().equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  /** A servlet request seen as an {@link EndpointRequest}, read as WireMock's adapter reads it. */
  private record ServletEndpointRequest(HttpServletRequest http) implements EndpointRequest {

    @Override
    public String rawQuery() {
      String query = http.getQueryString();
      return query == null ? "" : query;
    }

    @Override
    public String header(String name) {
      return http.getHeader(name);
    }

    @Override
    public String toString() {
      String query = http.getQueryString();
      return http.getMethod()
          + " "
          + http.getRequestURI()
          + (query == null || query.isEmpty() ? "" : "?" + query);
    }
  }
}
