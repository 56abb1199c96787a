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
 * properties, so a project that has one is told after a few bytes, and the page after its first
 * such project. A company without metadata definitions has none to show.
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
   * Looks at the bytes a project writes without copying them. In compact JSON a {@code "} right
   * after {@code ,} or {@code {} starts a field name: inside a string it would be escaped.
   */
  private static final class Probe extends OutputStream {
    private boolean found;

    @Override
    public void write(int b) {
      // A project writes its bytes in one piece.
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      for (int at = offset + length - NAME.length; at > offset && !found; at--) {
        byte before = bytes[at - 1];
        found =
            (before == ',' || before == '{')
                && bytes[at] == '"'
                && Arrays.equals(bytes, at, at + NAME.length, NAME, 0, NAME.length);
      }
    }
  }
}
