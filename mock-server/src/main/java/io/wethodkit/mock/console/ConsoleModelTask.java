package io.wethodkit.mock.console;

import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;

/** What the console's form is built from, for the current data. */
final class ConsoleModelTask extends JsonTask<ConsoleContext> {

  ConsoleModelTask(Attachment<ConsoleContext> context) {
    super(AdminRouteTable.Console.MODEL, context);
  }

  @Override
  protected AdminResult run(ConsoleContext console, AdminCall call) {
    return AdminResult.ok(console.model().write(console.state().snapshot()));
  }
}
