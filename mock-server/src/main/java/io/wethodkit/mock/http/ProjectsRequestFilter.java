package io.wethodkit.mock.http;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.wethodkit.contract.MethodRules;
import io.wethodkit.mock.endpoint.Answer;
import io.wethodkit.mock.endpoint.ProjectsEndpoint;
import io.wethodkit.mock.endpoint.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Answers {@code GET <contract path>} ahead of WireMock's stub matching (the emulation costs less
 * than matching), unless a stub the user added matches the request: then WireMock serves it, so
 * faults and delays stay one admin call away.
 *
 * <p>Most requests never get here: {@link DirectEndpointFilter} answers them in the servlet
 * container, with the same endpoint, whenever WireMock would add nothing to the answer. This filter
 * serves the others (user stubs present, a global delay, the journal or the request log on).
 */
public final class ProjectsRequestFilter implements StubRequestFilterV2 {

  public static final String NAME = "wethod-projects-endpoint";

  static final String ALLOW = "Allow";

  /** The endpoint and the path it is served at. */
  record Served(String path, ProjectsEndpoint endpoint) {}

  private final UserStubs userStubs;
  private volatile Served served;

  /** A filter that serves nothing until {@link #attach} gives it the endpoint. */
  public ProjectsRequestFilter(UserStubs userStubs) {
    this.userStubs = userStubs;
  }

  /**
   * Serves {@code endpoint} at {@code path} from now on. Apart from the constructor so that
   * WireMock can be built while the contract and the fixtures load.
   */
  public void attach(String path, ProjectsEndpoint endpoint) {
    this.served = new Served(path, endpoint);
  }

  /** What is served, or null before {@link #attach}. */
  Served served() {
    return served;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    Served current = served;
    if (current == null) {
      return RequestFilterAction.continueWith(request);
    }
    String url = request.getUrl();
    int question = url.indexOf('?');
    String requestPath = question < 0 ? url : url.substring(0, question);
    if (!current.path().equals(requestPath) || userStubs.override(request)) {
      return RequestFilterAction.continueWith(request);
    }
    RequestMethod method = request.getMethod();
    if (RequestMethod.GET.equals(method) || RequestMethod.HEAD.equals(method)) {
      // HEAD: the answer of GET; Jetty sends its head only.
      String rawQuery = question < 0 ? "" : url.substring(question + 1);
      Answer answer = current.endpoint().handle(new WireMockEndpointRequest(request, rawQuery));
      return RequestFilterAction.stopWith(definition(answer));
    }
    // CORS preflights never get here: the web guard answers the allowed ones, refuses the others.
    MethodRules methods = current.endpoint().parts().contract().methods();
    if (RequestMethod.OPTIONS.equals(method)) {
      return RequestFilterAction.stopWith(
          definition(new Answer(204, Map.of(ALLOW, methods.allow()), new byte[0])));
    }
    return RequestFilterAction.stopWith(definition(methodNotAllowed(current, methods, method)));
  }

  private static Answer methodNotAllowed(
      Served current, MethodRules methods, RequestMethod method) {
    String message =
        "The method "
            + method.getName()
            + " is not allowed on "
            + current.path()
            + "; it answers "
            + methods.allow()
            + ".";
    String key = methods.notAllowedKey();
    Refusal refusal = new Refusal(405, key, key, message, List.of());
    return current
        .endpoint()
        .parts()
        .errorRenderer()
        .render(refusal)
        .withHeader(ALLOW, methods.allow());
  }

  static ResponseDefinition definition(Answer answer) {
    List<HttpHeader> headers = new ArrayList<>(answer.headers().size());
    answer.headers().forEach((name, value) -> headers.add(new HttpHeader(name, value)));
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(answer.status())
        .withHeaders(new HttpHeaders(headers))
        .withBody(answer.body())
        .build();
  }
}
