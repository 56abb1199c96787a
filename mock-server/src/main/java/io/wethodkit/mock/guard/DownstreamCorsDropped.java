package io.wethodkit.mock.guard;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response on which what runs after the guard cannot set a CORS header: WireMock's CORS filter
 * grants every origin with credentials, and a proxied answer may carry its upstream's grants. The
 * guard alone decides which origin may read an answer.
 */
final class DownstreamCorsDropped extends HttpServletResponseWrapper {

  private static final String PREFIX = "Access-Control-";

  DownstreamCorsDropped(HttpServletResponse response) {
    super(response);
  }

  private static boolean cors(String name) {
    return name != null && name.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  @Override
  public void setHeader(String name, String value) {
    if (!cors(name)) {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!cors(name)) {
      super.addHeader(name, value);
    }
  }

  @Override
  public void setIntHeader(String name, int value) {
    if (!cors(name)) {
      super.setIntHeader(name, value);
    }
  }

  @Override
  public void addIntHeader(String name, int value) {
    if (!cors(name)) {
      super.addIntHeader(name, value);
    }
  }

  @Override
  public void setDateHeader(String name, long date) {
    if (!cors(name)) {
      super.setDateHeader(name, date);
    }
  }

  @Override
  public void addDateHeader(String name, long date) {
    if (!cors(name)) {
      super.addDateHeader(name, date);
    }
  }
}
