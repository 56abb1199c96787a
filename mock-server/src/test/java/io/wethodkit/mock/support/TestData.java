package io.wethodkit.mock.support;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The small dataset of these tests (src/test/resources/testdata), in the fixture format. */
public final class TestData {

  private TestData() {}

  public static Path dir() {
    try {
      return Path.of(TestData.class.getClassLoader().getResource("testdata/companies.json").toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
