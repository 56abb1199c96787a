package io.wethodkit.mock.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.admin.AdminRoutes;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import io.wethodkit.mock.admin.task.RoutedTask;
import io.wethodkit.mock.admin.task.TaskRouter;
import io.wethodkit.mock.client.AdminRoute;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.console.ConsoleAdminApi;
import io.wethodkit.mock.console.ConsolePage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The server serves exactly the routes of the client's table: each once, by a task of its own
 * class, and no route of its own beside them; WireMock finds each route's task and reads its path
 * parameters by the route's template.
 */
class ServedAdminRoutesTest {

  private record Added(RequestMethod method, String template, AdminTask task) {}

  private static final Map<String, String> VALUES =
      Map.of("company", "acme", "id", "7", "name", "view");

  private static List<AdminApiExtension> extensions() {
    return List.of(new ProjectsAdminApi(), new ConsoleAdminApi(ConsolePage.bundled()));
  }

  private static List<Added> added() {
    List<Added> added = new ArrayList<>();
    Router router =
        new Router() {
          @Override
          public void add(
              RequestMethod method, String template, Class<? extends AdminTask> taskClass) {
            throw new AssertionError("a route added by class: " + template);
          }

          @Override
          public void add(RequestMethod method, String template, AdminTask task) {
            added.add(new Added(method, template, task));
          }
        };
    extensions().forEach(extension -> extension.contributeAdminApiRoutes(router));
    return added;
  }

  @Test
  void theServerAddsEveryRouteOfTheTableOnceAndNoOther() {
    List<Added> added = added();
    assertThat(added)
        .extracting(a -> a.method().getName() + " " + a.template())
        .containsExactlyInAnyOrderElementsOf(
            AdminRouteTable.all().stream().map(AdminRoute::toString).toList());
    assertThat(added).extracting(a -> a.task().getClass()).doesNotHaveDuplicates();
    for (Added a : added) {
      AdminRoute<?, ?> route = ((RoutedTask) a.task()).route();
      assertThat(a.method().getName() + " " + a.template()).isEqualTo(route.toString());
    }
  }

  @Test
  void wireMockFindsEachRoutesTaskAndReadsItsParameters() {
    AdminRoutes routes = AdminRoutes.forServer(extensions(), null);
    for (AdminRoute<?, ?> route : AdminRouteTable.all()) {
      Object[] values = route.parameters().stream().map(VALUES::get).toArray();
      String path = route.path(values);
      AdminTask task = routes.taskFor(RequestMethod.fromString(route.method()), path);
      assertThat(task).as(path).isInstanceOf(RoutedTask.class);
      assertThat(((RoutedTask) task).route()).isSameAs(route);
      PathParams params = routes.requestSpecForTask(task.getClass()).getUriTemplate().parse(path);
      for (String name : route.parameters()) {
        assertThat(params.get(name)).as(path + " " + name).isEqualTo(VALUES.get(name));
      }
    }
  }

  @Test
  void twoTasksOfOneRouteOrClassAreRefused() {
    RoutedTask task = new ProjectsAdminApi().tasks().get(0);
    Router ignored =
        new Router() {
          @Override
          public void add(RequestMethod m, String t, Class<? extends AdminTask> c) {}

          @Override
          public void add(RequestMethod m, String t, AdminTask a) {}
        };
    assertThatThrownBy(() -> TaskRouter.add(ignored, List.of(task, task)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(task.route().toString());
  }
}
