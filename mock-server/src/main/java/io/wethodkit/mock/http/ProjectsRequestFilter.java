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
import io.wethodkit.mock.endpoint.Answer;
import io.wethodkit.mock.endpoint.ProjectsEndpoint;
import java.util.ArrayList;
import java.util.List;

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

  /** The endpoint and the path it is served at. */
  record Served(String path, ProjectsEndpoint endpoint) {}

  private final UserStubs userStubs;
  private volatile Served served;

  /** A filter that serves nothing until {@link #attach} gives it the endpoint. */
  public ProjectsRequestFilter(UserStubs userStubs) {
    this.userStubs = userStubs;
  }

  public ProjectsRequestFilter(String path, ProjectsEndpoint endpoint, UserStubs userStubs) {
    this(userStubs);
    attach(path, endpoint);
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
    if (!RequestMethod.GET.equals(request.getMethod())) {
      return RequestFilterAction.continueWith(request);
    }
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
    String rawQuery = question < 0 ? "" : url.substring(question + 1);
    Answer answer = current.endpoint().handle(new WireMockEndpointRequest(request, rawQuery));
    return RequestFilterAction.stopWith(definition(answer));
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
