package io.wethodkit.mock.admin.clock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.mock.admin.task.AdminCall;
import io.wethodkit.mock.admin.task.AdminResult;
import io.wethodkit.mock.admin.task.AdminState;
import io.wethodkit.mock.admin.task.Attachment;
import io.wethodkit.mock.admin.task.JsonTask;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.store.InvalidDataException;
import io.wethodkit.mock.store.MockClock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** {@code {"mode": "fixed", "instant": "2025-01-01T00:00:00Z"}} or {@code {"mode": "real"}}. */
final class SetClockTask extends JsonTask<AdminState> {

  private static final String EXAMPLE =
      "an ISO 8601 date-time with an offset, e.g. 2025-01-01T09:00:00Z";

  SetClockTask(Attachment<AdminState> state) {
    super(AdminRouteTable.Clock.SET, state);
  }

  @Override
  protected AdminResult run(AdminState admin, AdminCall call) {
    ObjectNode node = call.objectBody();
    MockClock clock = admin.clock();
    String mode = node.path("mode").asText("");
    if (mode.equals("real")) {
      clock.useRealTime();
    } else if (mode.equals("fixed")) {
      JsonNode instant = node.get("instant");
      if (instant == null || !instant.isTextual()) {
        throw new InvalidDataException("body.instant", "must be " + EXAMPLE);
      }
      clock.fix(instant(instant.textValue()));
    } else {
      throw new InvalidDataException(
          "body.mode", "must be \"fixed\" (with \"instant\") or \"real\"");
    }
    return ClockTasks.state(clock);
  }

  private static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidDataException("body.instant", "'" + text + "' is not " + EXAMPLE);
    }
  }
}
