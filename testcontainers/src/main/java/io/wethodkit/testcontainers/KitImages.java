package io.wethodkit.testcontainers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.testcontainers.utility.DockerImageName;

/** The kit's image names, tagged with the kit's version (the tag CI builds them with). */
final class KitImages {

  private KitImages() {}

  static DockerImageName named(String repository) {
    return DockerImageName.parse(repository).withTag(version());
  }

  static String version() {
    Properties properties = new Properties();
    try (InputStream in = KitImages.class.getResourceAsStream("kit.properties")) {
      if (in == null) {
        throw new IllegalStateException("kit.properties is missing from the jar");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }
}
