package io.wethodkit.conformance.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The suite's version, as the build wrote it. */
public final class SuiteVersion {

  private static final String RESOURCE = "io/wethodkit/conformance/suite.properties";

  private SuiteVersion() {}

  public static String get() {
    try (InputStream in = SuiteVersion.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "unknown");
      return version.startsWith("${") ? "unknown" : version;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
