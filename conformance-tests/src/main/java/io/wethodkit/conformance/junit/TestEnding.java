package io.wethodkit.conformance.junit;

import io.wethodkit.conformance.verdict.CheckOutcome;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * How a verdict ends a JUnit test: PASS returns, FAIL fails it with the first finding, INCONCLUSIVE
 * and SKIPPED abort it with their reason (a test runner shows them as skipped).
 */
final class TestEnding {

  private TestEnding() {}

  static void of(CheckOutcome outcome) {
    Runnable ending =
        outcome.<Runnable>match(
            pass -> () -> {},
            fail ->
                () -> {
                  throw failure(fail.summary());
                },
            inconclusive ->
                () -> {
                  throw aborted(inconclusive.summary());
                },
            skipped ->
                () -> {
                  throw aborted(skipped.summary());
                });
    ending.run();
  }

  private static AssertionFailedError failure(String message) {
    AssertionFailedError failure = new AssertionFailedError(message);
    // The evidence says where the target went wrong; a stack trace of the suite would not.
    failure.setStackTrace(new StackTraceElement[0]);
    return failure;
  }

  private static TestAbortedException aborted(String reason) {
    TestAbortedException aborted = new TestAbortedException(reason);
    aborted.setStackTrace(new StackTraceElement[0]);
    return aborted;
  }
}
