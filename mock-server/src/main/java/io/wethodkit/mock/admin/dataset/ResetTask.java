package io.wethodkit.mock.admin.dataset;

import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.store.InvalidDataException;

/**
 * Back to the loaded fixtures: data and clock, and the coverage starts again unless {@code
 * ?coverage=keep}.
 */
final class ResetTask extends JsonTask<AdminState> {

  private static final String COVERAGE = "coverage";
  private static final String KEEP = "keep";
  private static final String RESET = "reset";

  ResetTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Dataset.RESET, state);
  }

  @Override
  protected AdminResult run(AdminState admin, AdminCall call) {
    String coverage = call.query(COVERAGE).orElse(RESET);
    if (!coverage.equals(RESET) && !coverage.equals(KEEP)) {
      throw new InvalidDataException(
          COVERAGE, "must be " + KEEP + " or " + RESET + ", not '" + coverage + "'");
    }
    admin.state().reset();
    if (coverage.equals(RESET)) {
      admin.coverage().reset();
      return AdminResult.message(
          "The state is back to the loaded fixtures; the coverage starts again.");
    }
    return AdminResult.message("The state is back to the loaded fixtures; the coverage is kept.");
  }
}
