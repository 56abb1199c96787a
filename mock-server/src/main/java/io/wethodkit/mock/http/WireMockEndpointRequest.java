package io.wethodkit.mock.http;

import com.github.tomakehurst.wiremock.http.Request;
import io.wethodkit.mock.endpoint.EndpointRequest;

/** A WireMock request seen as an {@link EndpointRequest}. */
final class WireMockEndpointRequest implements EndpointRequest {

  private final Request request;
  private final String rawQuery;

  WireMockEndpointRequest(Request request, String rawQuery) {
    this.request = request;
    this.rawQuery = rawQuery;
  }

  @Override
  public String rawQuery() {
    return rawQuery;
  }

  @Override
  public String header(String name) {
    return request.getHeader(name);
  }

  @Override
  public String method() {
    return request.getMethod().getName();
  }

  @Override
  public String toString() {
    return request.getMethod() + " " + request.getUrl();
  }
}
