package io.wethodkit.conformance.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;

/** Writes {@code report.json}. */
public final class JsonReportWriter {

  public static final String FILE = "report.json";

  private JsonReportWriter() {}

  public static Path write(RunReport report, Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);
    return file;
  }
}
