package io.wethodkit.mock.console;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.wethodkit.mock.admin.task.RoutedTask;
import io.wethodkit.mock.client.AdminRoute;
import io.wethodkit.mock.client.AdminRouteTable;

/** The console's page under the admin path (it needs no state: it reads it through the API). */
final class ConsolePageTask implements RoutedTask {

  private final ConsolePage page;

  ConsolePageTask(ConsolePage page) {
    this.page = page;
  }

  @Override
  public AdminRoute<?, ?> route() {
    return AdminRouteTable.Console.PAGE;
  }

  @Override
  public ResponseDefinition execute(Admin admin, ServeEvent event, PathParams params) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(200)
        .withHeader("Content-Type", ConsoleAdminApi.HTML)
        .withHeader("Cache-Control", "no-store")
        .withBody(page.html())
        .build();
  }
}
