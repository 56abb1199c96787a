package io.wethodkit.mock.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.fixtures.read.FixtureReader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a dataset to a folder in the fixture format ({@link FixtureLoader} reads it back), so that
 * other implementations can load the very same data. Projects are written one per line, as stored.
 */
public final class FixtureWriter {

  private final DatasetJson json;

  public FixtureWriter(Contract contract) {
    this.json = new DatasetJson(contract);
  }

  public void write(Dataset dataset, Path dir) {
    try {
      Files.createDirectories(dir.resolve(FixtureReader.projectsFile("any")).getParent());
      ObjectNode document = json.write(Dataset.withoutProjects(dataset));
      Files.writeString(
          dir.resolve(FixtureReader.COMPANIES), Json.pretty(document.get("companies")) + "\n");
      Files.writeString(
          dir.resolve(FixtureReader.IDENTITIES), Json.pretty(document.get("identities")) + "\n");
      for (Company company : dataset.companies()) {
        Path file = dir.resolve(FixtureReader.projectsFile(company.slug()));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
          writeProjects(dataset.table(company.slug()), out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write fixtures to " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void writeProjects(ProjectTable table, OutputStream out) throws IOException {
    out.write('[');
    boolean first = true;
    for (Segment segment : table.segments()) {
      for (int row = 0; row < segment.size(); row++) {
        out.write(
            first
                ? "\n".getBytes(StandardCharsets.US_ASCII)
                : ",\n".getBytes(StandardCharsets.US_ASCII));
        segment.project(row).writeJson(out);
        first = false;
      }
    }
    out.write("\n]\n".getBytes(StandardCharsets.US_ASCII));
  }
}
