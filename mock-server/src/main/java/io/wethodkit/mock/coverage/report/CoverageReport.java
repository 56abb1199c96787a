package io.wethodkit.mock.coverage.report;

import io.wethodkit.mock.client.Coverage;
import io.wethodkit.mock.store.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The coverage as files a CI job publishes: {@value #JSON} (the admin API's answer), {@value #HTML}
 * (one self-contained page) and {@value #JUNIT} (one test case per behaviour, a never-met one
 * skipped with the request that would meet it).
 */
public final class CoverageReport {

  public static final String JSON = "coverage.json";
  public static final String HTML = "coverage.html";
  public static final String JUNIT = "TEST-coverage.xml";

  /** Every file written, in order. */
  public static final List<String> FILES = List.of(JSON, HTML, JUNIT);

  private final Coverage coverage;
  private final String endpoint;

  /**
   * @param endpoint the endpoint's method and path, e.g. {@code GET /api/projects}, for titles
   */
  public CoverageReport(Coverage coverage, String endpoint) {
    this.coverage = coverage;
    this.endpoint = endpoint;
  }

  /** Writes the three files into {@code folder}, created if missing; existing ones are replaced. */
  public void writeTo(Path folder) throws IOException {
    Files.createDirectories(folder);
    write(
        folder.resolve(JSON),
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(coverage) + "\n");
    write(folder.resolve(HTML), new CoverageHtml(coverage, endpoint).render());
    write(folder.resolve(JUNIT), new CoverageJunitXml(coverage, endpoint).render());
  }

  private static void write(Path file, String text) throws IOException {
    // Written beside, then moved: a reader never sees half a report.
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    Files.writeString(partial, text, StandardCharsets.UTF_8);
    Files.move(
        partial,
        file,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
