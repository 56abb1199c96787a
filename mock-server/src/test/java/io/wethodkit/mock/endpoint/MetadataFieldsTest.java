package io.wethodkit.mock.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.mock.store.Company;
import io.wethodkit.mock.store.DatasetJson;
import io.wethodkit.mock.store.FixtureLoader;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.store.MetadataDefinition;
import io.wethodkit.mock.store.Project;
import io.wethodkit.mock.store.ProjectRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whether a page shows a metadata field, read from the ends of the stored projects' bytes, agrees
 * with the fields of the projects parsed as JSON: seeded random stored projects, their texts full
 * of quotes, commas and names that look like metadata fields.
 */
class MetadataFieldsTest {

  private static final String[] PIECES = {
    ",\"", "\"", ",", ":", "metadata_", ",\"metadata_13\":\"x\"", "{\"", "\\", "}", "a", " ", "é"
  };

  @Test
  void agreesWithTheParsedFieldsOnSeededRandomPages() {
    Contract contract = Contract.bundled();
    ProjectRules rules = new DatasetJson(contract).projectRules();
    var data = new FixtureLoader(contract).loadBundled();
    // Metadata values as awkward as texts get: the last field's value is one of them.
    List<String> values = new ArrayList<>();
    Random random = new Random(21);
    for (int i = 0; i < 40; i++) {
      values.add("v" + i + text(random));
    }
    Company acme =
        new Company(
            "acme",
            "Acme",
            List.of(
                new MetadataDefinition(13, "Sector", values, false),
                new MetadataDefinition(14, "Region", values, false)));
    List<Project> stored = data.projects("acme");
    int shown = 0;
    for (int round = 0; round < 2_000; round++) {
      List<Project> page = new ArrayList<>();
      int size = 1 + random.nextInt(4);
      for (int i = 0; i < size; i++) {
        ObjectNode node = stored.get(random.nextInt(stored.size())).json();
        node.put("name", text(random));
        node.put("job_order", text(random));
        node.remove(List.of("metadata_13", "metadata_14", "metadata_15"));
        for (String field : List.of("metadata_13", "metadata_14")) {
          if (random.nextInt(3) == 0) {
            node.put(field, values.get(random.nextInt(values.size())));
          }
        }
        page.add(rules.normalize(node, acme, "project"));
      }
      boolean expected = false;
      for (Project project : page) {
        JsonNode parsed = Json.parse(project.jsonBytes(), "project");
        for (var names = parsed.fieldNames(); names.hasNext(); ) {
          expected |= names.next().startsWith("metadata_");
        }
      }
      shown += expected ? 1 : 0;
      assertThat(MetadataFields.shownOn(acme, page)).as(page.toString()).isEqualTo(expected);
    }
    assertThat(shown).as("both answers were met").isBetween(100, 1_900);
  }

  @Test
  void aCompanyWithoutDefinitionsOrAnEmptyPageShowsNone() {
    Contract contract = Contract.bundled();
    var data = new FixtureLoader(contract).loadBundled();
    Company acme = data.company("acme").orElseThrow();
    Company bare = new Company("bare", "Bare", List.of());
    assertThat(MetadataFields.shownOn(acme, List.of())).isFalse();
    assertThat(MetadataFields.shownOn(bare, data.projects("acme"))).isFalse();
  }

  private static String text(Random random) {
    StringBuilder out = new StringBuilder();
    int pieces = random.nextInt(6);
    for (int i = 0; i < pieces; i++) {
      out.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return out.toString();
  }
}
