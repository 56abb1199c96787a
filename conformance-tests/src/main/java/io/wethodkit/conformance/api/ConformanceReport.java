package io.wethodkit.conformance.api;

import io.wethodkit.conformance.runner.RunOutcome;
import io.wethodkit.conformance.runner.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The outcome of a run: every verdict in catalogue order, the summary, the MUST failures, and the
 * three reports (JSON, HTML, JUnit XML) the run wrote.
 */
public final class ConformanceReport {

  /** The files of a run, in {@link #reportDir()}. */
  public static final List<String> FILES =
      List.of("report.json", "report.html", "TEST-junit-jupiter.xml");

  /**
   * How many requirements ended in each status, and how many INCONCLUSIVE ones the target's data
   * could not exercise.
   */
  public record Summary(long pass, long fail, long inconclusive, long skipped, long dataLacking) {}

  private final URI target;
  private final List<Verdict> results;
  private final Summary summary;
  private final Path reportDir;

  ConformanceReport(URI target, RunOutcome outcome, Path reportDir) {
    this.target = target;
    this.results = outcome.results().stream().map(Verdict::of).toList();
    this.summary =
        new Summary(
            outcome.count(Status.PASS),
            outcome.count(Status.FAIL),
            outcome.count(Status.INCONCLUSIVE),
            outcome.count(Status.SKIPPED),
            outcome.dataLacking().size());
    this.reportDir = reportDir;
  }

  public URI target() {
    return target;
  }

  public List<Verdict> results() {
    return results;
  }

  public Summary summary() {
    return summary;
  }

  /** The failed MUST requirements: any of them means the target does not conform. */
  public List<Verdict> mustFailures() {
    return results.stream().filter(Verdict::failedMust).toList();
  }

  /** The verdicts INCONCLUSIVE because the target's data held too little of what they need. */
  public List<Verdict> dataLacking() {
    return results.stream().filter(Verdict::dataLacking).toList();
  }

  /** Whether no MUST requirement failed (the command line's exit code 0). */
  public boolean conforms() {
    return mustFailures().isEmpty();
  }

  /** Where the run wrote its reports. */
  public Path reportDir() {
    return reportDir;
  }

  /** Copies the three reports into {@code dir} (created if needed); returns their paths. */
  public List<Path> writeTo(Path dir) {
    try {
      Files.createDirectories(dir);
      if (Files.isSameFile(dir, reportDir)) {
        return FILES.stream().map(dir::resolve).toList();
      }
      for (String file : FILES) {
        Files.copy(reportDir.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
      return FILES.stream().map(dir::resolve).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the reports to " + dir, e);
    }
  }
}
