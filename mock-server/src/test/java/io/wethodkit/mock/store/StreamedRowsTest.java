package io.wethodkit.mock.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.fixtures.read.FixtureFileException;
import io.wethodkit.fixtures.read.FixtureReader;
import io.wethodkit.fixtures.read.FixtureSchemas;
import io.wethodkit.fixtures.read.FixtureSource;
import io.wethodkit.fixtures.read.ProjectBatch;
import io.wethodkit.fixtures.read.ProjectBatches;
import io.wethodkit.fixtures.read.ProjectItemCheck;
import io.wethodkit.mock.generate.DatasetGenerator;
import io.wethodkit.mock.generate.GeneratorSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming reader of fixture files takes exactly the projects that the checked way (the
 * fixture schema's check, then the contract's normalization) takes, and stores them exactly as it
 * does: the same bytes and the same column values. Shown on a generated table of good and bad
 * projects: generated and bundled ones, with seeded random changes of values (on the edges of every
 * type, bound, pattern and form), removed fields, fields in another order and metadata of every
 * kind.
 */
class StreamedRowsTest {

  private static final Contract CONTRACT = Contract.bundled();
  private static final FixtureLoader LOADER = new FixtureLoader(CONTRACT);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final List<String> VALUES =
      List.of(
          "null",
          "true",
          "false",
          "0",
          "1",
          "-1",
          "11",
          "100",
          "101",
          "-0",
          "9223372036854775807",
          "12345678901234567890123",
          "1.5",
          "251.68",
          "11.0",
          "1e2",
          "1E400",
          "-0.0",
          "\"\"",
          "\"x\"",
          "\"caf\\u00e9 \\\"quoted\\\" \\\\ \\/ \\n\"",
          "\"\\ud83d\\ude00\"",
          "\"North\"",
          "\"Cold call\"",
          "\"Public sector\"",
          "\"2024-06-30T21:58:00.000Z\"",
          "\"2024-06-30T21:58:00Z\"",
          "\"2024-07-01T00:02:00+02:00\"",
          "\"2024-06-30T21:58:00.123456789-05:00\"",
          "\"2024-06-30T21:58:00.1234567891Z\"",
          "\"2024-06-30t21:58:00.000Z\"",
          "\"2024-06-30T21:58:00.000z\"",
          "\"2024-06-30T24:00:00Z\"",
          "\"2016-12-31T23:59:60Z\"",
          "\"2024-06-30T21:58:00+18:00\"",
          "\"2024-06-30T21:58:00-00:00\"",
          "\"2024-06-30T21:58:00+19:00\"",
          "\"0000-01-01T00:00:00Z\"",
          "\"2024-06-30T21:58:00.\\u0663Z\"",
          "\"2024-06-01\"",
          "\"2024-02-29\"",
          "\"2023-02-29\"",
          "\"0000-01-01\"",
          "\"2024-6-1\"",
          "\"2024-06-01\\n\"",
          "[]",
          "{}");

  private static final List<String> OTHER_NAMES =
      List.of("metadata_13", "metadata_14", "metadata_15", "metadata_16", "metadata_0");

  @TempDir Path dir;

  @Test
  void theStreamingReaderTakesAndStoresWhatTheCheckedWayTakesAndStores() throws IOException {
    Dataset bundled = LOADER.loadBundled();
    Company acme = bundled.company("acme").orElseThrow();
    ProjectRules projectRules = new ProjectRules(CONTRACT);
    FixtureRowRules rules =
        FixtureRowRules.of(projectRules, FixtureSchemas.projectItemRules(), acme).orElseThrow();
    List<ObjectNode> base = new ArrayList<>();
    bundled.projects("acme").forEach(p -> base.add(p.json()));
    new DatasetGenerator(CONTRACT)
        .generate(new GeneratorSpec(600, 11), bundled)
        .projects("acme")
        .forEach(p -> base.add(p.json()));

    // The plain projects all take the streaming way.
    Outcome plain = compare(write(base), rules, projectRules, acme);
    assertThat(plain.streamed).isEqualTo(base.size());

    List<String> names = new ArrayList<>(projectRules.properties());
    names.addAll(OTHER_NAMES);
    Random random = new Random(23);
    List<ObjectNode> changed = new ArrayList<>();
    for (int i = 0; i < 12_000; i++) {
      ObjectNode item = base.get(random.nextInt(base.size())).deepCopy();
      for (int change = 0, changes = 1 + random.nextInt(3); change < changes; change++) {
        String name = names.get(random.nextInt(names.size()));
        int kind = random.nextInt(10);
        if (kind == 0) {
          item.remove(name);
        } else if (kind == 1) {
          item = shuffled(item, random);
        } else {
          item.set(name, MAPPER.readTree(VALUES.get(random.nextInt(VALUES.size()))));
        }
      }
      changed.add(item);
    }
    Outcome outcome = compare(write(changed), rules, projectRules, acme);
    assertThat(outcome.streamed).as("taken the streaming way").isGreaterThan(1_000);
    assertThat(outcome.refused).as("refused by both").isGreaterThan(2_000);
  }

  @Test
  void repeatedFieldsTakeTheCheckedWayAndLoadAsItLoadsThem() throws IOException {
    Dataset bundled = LOADER.loadBundled();
    String first = bundled.projects("acme").get(0).toString();
    String second = bundled.projects("acme").get(1).toString();
    String repeated =
        first.replaceFirst("\"probability\":\\d+", "\"probability\":150,\"probability\":40");
    List<String> regions =
        bundled.company("acme").orElseThrow().metadata(14).orElseThrow().values();
    String twice =
        second.replace(
            "}",
            ",\"metadata_14\":\""
                + regions.get(0)
                + "\",\"metadata_14\":\""
                + regions.get(1)
                + "\"}");
    assertThat(repeated).isNotEqualTo(first);
    new FixtureWriter(CONTRACT).write(bundled, dir);
    Path acme = dir.resolve("projects/acme.json");
    List<String> lines = new ArrayList<>(Files.readAllLines(acme));
    lines.set(1, repeated + ",");
    lines.set(2, twice + ",");
    Files.write(acme, lines);

    Dataset loaded = LOADER.load(dir);
    assertThat(loaded.projects("acme").get(0).field("probability").asInt()).isEqualTo(40);
    assertThat(loaded.projects("acme").get(1).field("metadata_14").asText())
        .isEqualTo(regions.get(1));
  }

  /** What both ways did with the items of the projects file {@code reader} reads. */
  private static final class Outcome {
    int streamed;
    int refused;
  }

  private static Outcome compare(
      FixtureReader reader, FixtureRowRules rules, ProjectRules projectRules, Company acme)
      throws IOException {
    Outcome outcome = new Outcome();
    ProjectItemCheck check = reader.projectItemCheck("acme");
    TableLayout layout = rules.layout();
    FixtureRowReader fast = new FixtureRowReader(rules);
    try (ProjectBatches batches = reader.projectBatches("acme")) {
      ProjectBatch batch;
      while ((batch = batches.next()) != null) {
        PackedSegmentBuilder out =
            new PackedSegmentBuilder(layout, rules.indexed(), 20_000, fast.chunk());
        List<Project> checked = new ArrayList<>();
        try (JsonParser parser = batch.parser()) {
          assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
          while (parser.nextToken() == JsonToken.START_OBJECT) {
            long start = parser.currentTokenLocation().getByteOffset();
            boolean streamed = fast.read(parser, out);
            JsonNode tree = batch.tree(start, parser.currentLocation().getByteOffset());
            Project slow = checkedWay(check, projectRules, acme, tree);
            assertThat(streamed).as(tree.toString()).isEqualTo(slow != null);
            if (slow != null) {
              checked.add(slow);
              outcome.streamed++;
            } else {
              outcome.refused++;
            }
          }
        }
        if (!checked.isEmpty()) {
          assertSameRows(out.build(), layout.segment(checked.toArray(new Project[0])), layout);
        }
      }
    }
    return outcome;
  }

  private static Project checkedWay(
      ProjectItemCheck check, ProjectRules projectRules, Company acme, JsonNode tree) {
    try {
      check.check(tree, 0);
      return projectRules.normalize(tree, acme, "item");
    } catch (FixtureFileException | InvalidDataException refused) {
      return null;
    }
  }

  private static void assertSameRows(Segment streamed, Segment checked, TableLayout layout) {
    assertThat(streamed.size()).isEqualTo(checked.size());
    for (int row = 0; row < checked.size(); row++) {
      assertThat(streamed.id(row)).isEqualTo(checked.id(row));
      assertThat(streamed.project(row).toString()).isEqualTo(checked.project(row).toString());
    }
    for (String field : layout.indexed()) {
      Column a = streamed.column(field);
      Column b = checked.column(field);
      for (int row = 0; row < checked.size(); row++) {
        byte kind = a == null ? ScalarValue.NULL : a.kind(row);
        assertThat(kind).as(field + " kind, row " + row).isEqualTo(b == null ? 0 : b.kind(row));
        if (kind == ScalarValue.INTEGER
            || kind == ScalarValue.DATE
            || kind == ScalarValue.INSTANT) {
          assertThat(a.value(row)).as(field + " value, row " + row).isEqualTo(b.value(row));
        }
      }
    }
  }

  private static ObjectNode shuffled(ObjectNode item, Random random) {
    List<String> names = new ArrayList<>();
    item.fieldNames().forEachRemaining(names::add);
    Collections.shuffle(names, random);
    ObjectNode out = MAPPER.createObjectNode();
    names.forEach(name -> out.set(name, item.get(name)));
    return out;
  }

  private FixtureReader write(List<ObjectNode> items) throws IOException {
    Path folder = Files.createTempDirectory(dir, "set");
    Files.createDirectories(folder.resolve("projects"));
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      text.append(i == 0 ? "\n" : ",\n").append(items.get(i));
    }
    Files.writeString(folder.resolve("projects/acme.json"), text.append("\n]\n"));
    return new FixtureReader(FixtureSource.folder(folder));
  }
}
