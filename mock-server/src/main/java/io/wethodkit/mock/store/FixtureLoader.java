package io.wethodkit.mock.store;

import io.wethodkit.contract.Contract;
import io.wethodkit.fixtures.read.FixtureFileException;
import io.wethodkit.fixtures.read.FixtureReader;
import io.wethodkit.fixtures.read.FixtureSchemas;
import io.wethodkit.fixtures.read.FixtureSource;
import io.wethodkit.fixtures.read.ProjectItems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads a dataset in the fixture format from a folder or from the classpath, checking it fully: an
 * error names the file and the problem.
 *
 * <p>The files are read by the fixtures module's reader (each checked against its schema), then
 * checked against the contract as the mock's state. A projects file is cut into batches that are
 * read on every core with a streaming parser straight into the store's segments, each project
 * checked against rules read from the fixture schema and the contract ({@link
 * StreamingTableLoader}); a project that fails them, or a file that is not a plain array, is read
 * the checked way, a JSON tree at a time, which names the problem.
 */
public final class FixtureLoader {

  /** Where the bundled fixtures lie on the classpath. */
  public static final String BUNDLED = FixtureSource.BUNDLED_ROOT;

  private final DatasetJson json;

  public FixtureLoader(Contract contract) {
    this.json = new DatasetJson(contract);
  }

  /** The dataset of the folder {@code dir}. */
  public Dataset load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InvalidDataException(dir.toString(), "is not a folder of fixtures");
    }
    return read(new FixtureReader(FixtureSource.folder(dir)));
  }

  /** The dataset bundled with the kit (the fixtures module, on the classpath). */
  public Dataset loadBundled() {
    return loadClasspath(BUNDLED);
  }

  /** The dataset under the classpath folder {@code prefix} (ending with {@code /}). */
  public Dataset loadClasspath(String prefix) {
    return read(new FixtureReader(FixtureSource.classpath(prefix)));
  }

  private Dataset read(FixtureReader reader) {
    try {
      return json.read(
          reader.companiesTree(),
          reader.describe(FixtureReader.COMPANIES),
          reader.identitiesTree(),
          reader.describe(FixtureReader.IDENTITIES),
          company -> {
            Optional<ProjectTable> streamed =
                FixtureRowRules.of(json.projectRules(), FixtureSchemas.projectItemRules(), company)
                    .flatMap(
                        rules -> new StreamingTableLoader(json.projectRules(), rules).load(reader));
            if (streamed.isPresent()) {
              return streamed.get();
            }
            try (ProjectItems items = reader.projectItems(company.slug())) {
              return json.readTable(
                  items,
                  items::check,
                  company,
                  reader.describe(FixtureReader.projectsFile(company.slug())));
            }
          });
    } catch (FixtureFileException e) {
      throw new InvalidDataException(e.file(), e.problem());
    }
  }
}
