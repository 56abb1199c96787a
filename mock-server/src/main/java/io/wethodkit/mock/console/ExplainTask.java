package io.wethodkit.mock.console;

import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;

/** Why a call to the endpoint is answered as it is. */
final class ExplainTask extends JsonTask<ConsoleContext> {

  ExplainTask(Attachment<ConsoleContext> context) {
    super(AdminRouteTable.Console.EXPLAIN, context);
  }

  @Override
  protected AdminResult run(ConsoleContext console, AdminCall call) {
    return AdminResult.ok(console.explainer().explain(ExplainRequest.read(call.body())));
  }
}
