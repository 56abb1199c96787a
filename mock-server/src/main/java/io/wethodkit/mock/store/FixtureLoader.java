package io.wethodkit.mock.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.contract.Contract;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads a dataset in the fixture format from a folder or from the classpath, checking it fully: an
 * error names the file and the problem.
 *
 * <p>Layout: {@code companies.json}, {@code identities.json} and {@code projects/<slug>.json} for
 * each company.
 */
public final class FixtureLoader {

  /** Where the bundled fixtures lie on the classpath. */
  public static final String BUNDLED = "io/wethodkit/fixtures/data/";

  static final String COMPANIES = "companies.json";
  static final String IDENTITIES = "identities.json";
  static final String PROJECTS = "projects/";

  private final DatasetJson json;

  public FixtureLoader(Contract contract) {
    this.json = new DatasetJson(contract);
  }

  /** The dataset of the folder {@code dir}. */
  public Dataset load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InvalidDataException(dir.toString(), "is not a folder of fixtures");
    }
    return json.read(
        file(dir.resolve(COMPANIES)),
        dir.resolve(COMPANIES).toString(),
        file(dir.resolve(IDENTITIES)),
        dir.resolve(IDENTITIES).toString(),
        slug -> file(dir.resolve(PROJECTS + slug + ".json")),
        slug -> dir.resolve(PROJECTS + slug + ".json").toString());
  }

  /** The dataset bundled with the kit (the fixtures module, on the classpath). */
  public Dataset loadBundled() {
    return loadClasspath(BUNDLED);
  }

  /** The dataset under the classpath folder {@code prefix} (ending with {@code /}). */
  public Dataset loadClasspath(String prefix) {
    return json.read(
        resource(prefix + COMPANIES),
        "classpath:" + prefix + COMPANIES,
        resource(prefix + IDENTITIES),
        "classpath:" + prefix + IDENTITIES,
        slug -> resource(prefix + PROJECTS + slug + ".json"),
        slug -> "classpath:" + prefix + PROJECTS + slug + ".json");
  }

  private static JsonNode file(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new InvalidDataException(path.toString(), "is missing");
    }
    try {
      return Json.parse(Files.readAllBytes(path), path.toString());
    } catch (IOException e) {
      throw new InvalidDataException(path.toString(), "cannot be read: " + e.getMessage());
    }
  }

  private static JsonNode resource(String name) {
    try (InputStream in = FixtureLoader.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new InvalidDataException("classpath:" + name, "is missing");
      }
      return Json.parse(in.readAllBytes(), "classpath:" + name);
    } catch (IOException e) {
      throw new InvalidDataException("classpath:" + name, "cannot be read: " + e.getMessage());
    }
  }
}
