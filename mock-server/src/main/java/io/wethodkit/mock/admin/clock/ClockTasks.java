package io.wethodkit.mock.admin.clock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.RoutedTask;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.store.MockClock;
import java.util.List;

/** The tasks of {@link io.wethodkit.mock.client.AdminRouteTable.Clock}. */
public final class ClockTasks {

  private ClockTasks() {}

  public static List<RoutedTask> of(Attachment<AdminState> state) {
    return List.of(new GetClockTask(state), new SetClockTask(state));
  }

  /** The answer of both routes: {@code {"mode": "fixed" or "real", "now": "<stamp>"}}. */
  static AdminResult state(MockClock clock) {
    ObjectNode out = Json.object();
    out.put("mode", clock.fixedInstant().isPresent() ? "fixed" : "real");
    out.put("now", clock.stamp());
    return AdminResult.ok(out);
  }
}
