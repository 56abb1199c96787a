package io.wethodkit.mock.console;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.wethodkit.mock.http.UserStubs;

/**
 * Serves the console's page at the server's root ({@code GET /}), unless a stub the user added
 * matches the request: then the stub answers, as for the list endpoint. No page may frame it, so
 * that none can make its user click in it unawares.
 */
public final class ConsolePageFilter implements StubRequestFilterV2 {

  private final ConsolePage page;
  private final UserStubs userStubs;

  public ConsolePageFilter(ConsolePage page, UserStubs userStubs) {
    this.page = page;
    this.userStubs = userStubs;
  }

  @Override
  public String getName() {
    return "wethod-projects-console-page";
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    if (!RequestMethod.GET.equals(request.getMethod())
        || !isRoot(request.getUrl())
        || userStubs.override(request)) {
      return RequestFilterAction.continueWith(request);
    }
    return RequestFilterAction.stopWith(
        ResponseDefinitionBuilder.responseDefinition()
            .withStatus(200)
            .withHeader("Content-Type", ConsoleAdminApi.HTML)
            .withHeader("Cache-Control", "no-store")
            .withHeader("Content-Security-Policy", "frame-ancestors 'none'")
            .withHeader("X-Frame-Options", "DENY")
            .withBody(page.html())
            .build());
  }

  private static boolean isRoot(String url) {
    return url.equals("/") || url.startsWith("/?");
  }
}
