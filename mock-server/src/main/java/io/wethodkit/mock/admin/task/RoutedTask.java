package io.wethodkit.mock.admin.task;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import io.wethodkit.mock.client.AdminRoute;

/**
 * A WireMock admin task that serves one route of {@link io.wethodkit.mock.client.AdminRouteTable}.
 * Each route has a task class of its own, as WireMock's own routes do: WireMock finds the path
 * template whose parameters it reads by the class of the task that matched.
 */
public interface RoutedTask extends AdminTask {

  /** The route it serves. */
  AdminRoute<?, ?> route();
}
