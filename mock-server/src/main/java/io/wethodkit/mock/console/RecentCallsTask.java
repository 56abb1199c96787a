package io.wethodkit.mock.console;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.store.InvalidDataException;
import io.wethodkit.mock.store.Json;

/** The recent calls to the endpoint numbered after {@code ?after=N} (default 0: all kept). */
final class RecentCallsTask extends JsonTask<ConsoleContext> {

  RecentCallsTask(Attachment<ConsoleContext> context) {
    super(AdminRouteTable.Console.CALLS, context);
  }

  @Override
  protected AdminResult run(ConsoleContext console, AdminCall call) {
    long after = call.query("after").map(RecentCallsTask::after).orElse(0L);
    ObjectNode out = Json.object();
    out.put("last", console.calls().lastSequence());
    out.put("capacity", console.calls().capacity());
    ArrayNode list = out.putArray("calls");
    for (RecentCall recent : console.calls().after(after)) {
      list.add(Json.MAPPER.valueToTree(recent));
    }
    return AdminResult.ok(out);
  }

  private static long after(String value) {
    try {
      long after = Long.parseLong(value);
      if (after >= 0) {
        return after;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidDataException("after", "'" + value + "' is not a call number (0 or more)");
  }
}
