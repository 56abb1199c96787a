package io.wethodkit.mock.admin.task;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import io.wethodkit.mock.client.AdminRoute;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Adds tasks to WireMock's admin router, each at the method and path of its route. */
public final class TaskRouter {

  private TaskRouter() {}

  /**
   * Adds every task.
   *
   * @throws IllegalStateException when two tasks serve one route or share a class, which would make
   *     WireMock read one route's path parameters with the other's template
   */
  public static void add(Router router, List<? extends RoutedTask> tasks) {
    Set<AdminRoute<?, ?>> routes = new HashSet<>();
    Set<Class<?>> classes = new HashSet<>();
    for (RoutedTask task : tasks) {
      if (!routes.add(task.route()) || !classes.add(task.getClass())) {
        throw new IllegalStateException(
            "two tasks for " + task.route() + " or of class " + task.getClass().getName());
      }
    }
    for (RoutedTask task : tasks) {
      AdminRoute<?, ?> route = task.route();
      router.add(RequestMethod.fromString(route.method()), route.template(), task);
    }
  }
}
