package io.wethodkit.mock.console;

import io.wethodkit.mock.admin.task.TaskContext;
import io.wethodkit.mock.store.MockState;

/** What the console's routes read: the state, the recent calls, the form's model, explanations. */
record ConsoleContext(
    MockState state, RecentCalls calls, ConsoleModel model, Explainer explainer, String invalidKey)
    implements TaskContext {}
