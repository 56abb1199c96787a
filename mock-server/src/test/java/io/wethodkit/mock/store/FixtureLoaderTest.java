package io.wethodkit.mock.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wethodkit.contract.Contract;
import io.wethodkit.mock.generate.DatasetGenerator;
import io.wethodkit.mock.generate.GeneratorSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A projects file larger than one segment loads as a whole: the same projects whatever their order
 * in the file, and the first bad item in file order named, whichever worker met it first.
 */
class FixtureLoaderTest {

  private static final Contract CONTRACT = Contract.bundled();
  private static final FixtureLoader LOADER = new FixtureLoader(CONTRACT);

  /** More than four segments' worth in acme, so that several are checked at once. */
  private static final int PROJECTS = 4500;

  @TempDir Path dir;
  private Dataset written;
  private List<String> lines;

  @BeforeEach
  void writeAGeneratedDataset() throws IOException {
    written =
        new DatasetGenerator(CONTRACT)
            .generate(new GeneratorSpec(PROJECTS, 5), LOADER.loadBundled());
    new FixtureWriter(CONTRACT).write(written, dir);
    lines = new ArrayList<>(Files.readAllLines(acme()));
    assertThat(lines).hasSize(PROJECTS + 2); // "[", one project a line, "]"
  }

  @Test
  void aLargeFileLoadsBackAsWritten() {
    Dataset loaded = LOADER.load(dir);

    assertThat(loaded.projects("acme")).hasSize(PROJECTS);
    assertThat(loaded.projects("acme")).isEqualTo(written.projects("acme"));
    assertThat(loaded.projects("globex")).isEqualTo(written.projects("globex"));
  }

  @Test
  void projectsInAnyOrderLoadInIdOrder() throws IOException {
    List<String> projects = new ArrayList<>(lines.subList(1, lines.size() - 1));
    projects.replaceAll(line -> line.endsWith(",") ? line.substring(0, line.length() - 1) : line);
    Collections.shuffle(projects, new java.util.Random(3));
    Files.writeString(acme(), "[\n" + String.join(",\n", projects) + "\n]\n");

    assertThat(LOADER.load(dir).projects("acme")).isEqualTo(written.projects("acme"));
  }

  @Test
  void theFirstBadProjectInTheFileIsNamedWhateverTheWorkersDid() throws IOException {
    // Item 2500 breaks the fixture schema, item 3400 the contract's Project schema, and an
    // unreadable item follows both; each is in another segment's batch.
    edit(3400, "\"probability\":\\d+", "\"probability\":150");
    edit(2500, "\"pm_id\":\\d+", "\"pm_id\":\"nobody\"");
    assertThatThrownBy(() -> LOADER.load(dir))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("acme.json")
        .hasMessageContaining("/2500/pm_id");

    lines.set(4200, "{\"id\": ");
    Files.write(acme(), lines);
    assertThatThrownBy(() -> LOADER.load(dir))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("/2500/pm_id");
  }

  @Test
  void aContractErrorBeforeAnUnreadableItemIsTheOneNamed() throws IOException {
    edit(1500, "\"probability\":\\d+", "\"probability\":150");
    lines.set(4200, "{\"id\": ");
    Files.write(acme(), lines);

    assertThatThrownBy(() -> LOADER.load(dir))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("acme.json[1500]");
  }

  @Test
  void anItemOverManyLinesWhereABatchWouldEndIsNamedAsAnyOther() throws IOException {
    // An item that starts 100 KB before the first megabyte (where the first batch ends), its
    // value an array of objects over many lines: the batch cut inside it cannot be read, and the
    // file is read item by item.
    int line = 1;
    long before = lines.get(0).length() + 1;
    while (before + lines.get(line).length() + 1 < (1 << 20) - 100_000) {
      before += lines.get(line++).length() + 1;
    }
    StringBuilder list = new StringBuilder("[");
    for (int i = 0; i < 20_000; i++) {
      list.append(i == 0 ? "\n" : ",\n").append("{\"part\":").append(i).append('}');
    }
    lines.set(line, lines.get(line).replaceFirst("\"name\":\"[^\"]*\"", "\"name\":" + list + "]"));
    Files.write(acme(), lines);
    assertThat(before + lines.get(line).length()).isGreaterThan(1 << 20);

    assertThatThrownBy(() -> LOADER.load(dir))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("acme.json[" + (line - 1) + "]")
        .hasMessageContaining("name");
  }

  @Test
  void anIdUsedTwiceIsRefused() throws IOException {
    String first = lines.get(1);
    String id = first.substring(first.indexOf("\"id\":") + 5, first.indexOf(','));
    edit(4000, "\"id\":\\d+", "\"id\":" + id);

    assertThatThrownBy(() -> LOADER.load(dir))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("the project id " + id + " is used twice (also in acme)");
  }

  /** Replaces the first match of {@code regex} in the line of item {@code index} (line 0: "["). */
  private void edit(int index, String regex, String to) throws IOException {
    String line = lines.get(index + 1);
    assertThat(line).containsPattern(regex);
    lines.set(index + 1, line.replaceFirst(regex, to));
    Files.write(acme(), lines);
  }

  private Path acme() {
    return dir.resolve("projects/acme.json");
  }
}
