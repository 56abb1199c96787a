package io.wethodkit.conformance.runner;

import io.wethodkit.conformance.verdict.Evidence;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Prints each verdict of the checks that run as it comes: {@code check 12 of 81: PASS MUST PRJ-…}.
 * Checks left out by {@code --only} are not counted.
 */
final class ProgressPrinter implements Consumer<CheckResult> {

  private final PrintStream out;
  private final int total;
  private final AtomicInteger done = new AtomicInteger();

  ProgressPrinter(PrintStream out, int total) {
    this.out = out;
    this.total = total;
  }

  @Override
  public void accept(CheckResult result) {
    if (result.status() == Status.SKIPPED) {
      return;
    }
    int n = done.incrementAndGet();
    int width = String.valueOf(total).length();
    String line =
        String.format(
            "check %" + width + "d of %d: %-12s %-6s %s",
            n,
            total,
            result.status(),
            result.requirement().level(),
            result.requirement().id());
    synchronized (out) {
      out.println(line);
      if (result.status() == Status.FAIL || result.status() == Status.INCONCLUSIVE) {
        result.evidence().stream()
            .findFirst()
            .map(Evidence::summary)
            .ifPresent(summary -> out.println("           " + shorten(summary, 200)));
      }
      out.flush();
    }
  }

  private static String shorten(String text, int max) {
    String oneLine = text.replace('\n', ' ');
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
  }
}
