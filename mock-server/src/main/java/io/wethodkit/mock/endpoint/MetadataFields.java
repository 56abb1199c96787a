package io.wethodkit.mock.endpoint;

import io.wethodkit.mock.store.Company;
import io.wethodkit.mock.store.MetadataDefinition;
import io.wethodkit.mock.store.Project;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Whether a page shows a project metadata field. Read from each project's rendered bytes in place,
 * from their end: a stored project puts its {@code metadata_<id>} fields after the contract's
 * properties ({@link io.wethodkit.mock.store.ProjectRules}), so its last field tells, a few bytes
 * from the end, and the page is told by its first project with one. A company without metadata
 * definitions has none to show.
 */
final class MetadataFields {

  private static final byte[] NAME =
      ("\"" + MetadataDefinition.FIELD_PREFIX).getBytes(StandardCharsets.US_ASCII);

  private MetadataFields() {}

  static boolean shownOn(Company company, List<Project> page) {
    if (company.metadata().isEmpty() || page.isEmpty()) {
      return false;
    }
    Probe probe = new Probe();
    try {
      for (Project project : page) {
        project.writeJson(probe);
        if (probe.found) {
          return true;
        }
      }
    } catch (IOException cannotHappen) {
      throw new IllegalStateException(cannotHappen);
    }
    return false;
  }

  /**
   * Looks at the bytes a project writes without copying them, for the name of its last field. In
   * compact JSON, a {@code "} right after {@code ,} or {@code {} and followed by a name and {@code
   * ":} starts a field: inside a string a {@code "} would be escaped, and a string's closing quote
   * is followed by {@code ,}, {@code :} or {@code }}.
   */
  private static final class Probe extends OutputStream {
    private boolean found;

    @Override
    public void write(int b) {
      // A project writes its bytes in one piece.
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      int end = offset + length;
      for (int at = end - 2; at > offset; at--) {
        byte before = bytes[at - 1];
        if (bytes[at] != '"' || (before != ',' && before != '{')) {
          continue;
        }
        int name = at + 1;
        int after = name;
        while (after < end && isNameByte(bytes[after])) {
          after++;
        }
        if (after > name && after + 1 < end && bytes[after] == '"' && bytes[after + 1] == ':') {
          found =
              after - at >= NAME.length
                  && Arrays.equals(bytes, at, at + NAME.length, NAME, 0, NAME.length);
          return;
        }
      }
    }

    private static boolean isNameByte(byte b) {
      return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_';
    }
  }
}
