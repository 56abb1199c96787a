package io.wethodkit.mock.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.wethodkit.contract.Contract;
import io.wethodkit.mock.store.Company;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.FixtureLoader;
import io.wethodkit.mock.store.FixtureWriter;
import io.wethodkit.mock.store.Identity;
import io.wethodkit.mock.store.InvalidDataException;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.store.Project;
import io.wethodkit.mock.store.ProjectRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator: deterministic per seed, valid, realistic enough that every permission shows. */
class DatasetGeneratorTest {

  private static final Contract CONTRACT = Contract.bundled();
  private static final Dataset BUNDLED = new FixtureLoader(CONTRACT).loadBundled();
  private static final DatasetGenerator GENERATOR = new DatasetGenerator(CONTRACT);

  private static Dataset generate(int projects, long seed) {
    return GENERATOR.generate(new GeneratorSpec(projects, seed), BUNDLED);
  }

  private static List<String> rendered(Dataset data, String slug) {
    return data.projects(slug).stream().map(Project::toString).toList();
  }

  @Test
  void theSameSeedGivesTheSameDatasetAndAnotherSeedAnother() {
    Dataset a = generate(2000, 7);
    Dataset b = generate(2000, 7);
    Dataset c = generate(2000, 8);
    for (Company company : BUNDLED.companies()) {
      assertThat(rendered(a, company.slug())).isEqualTo(rendered(b, company.slug()));
    }
    assertThat(rendered(a, "acme")).isNotEqualTo(rendered(c, "acme"));
    assertThat(a.projects("acme")).hasSize(2000);
    assertThat(a.projects("globex")).hasSize(2000 / DatasetGenerator.OTHER_COMPANY_DIVISOR);
    assertThat(a.identities()).containsExactlyElementsOf(BUNDLED.identities());
  }

  @Test
  void everyProjectIsWhatTheContractAndTheFixtureSchemaAccept() throws IOException {
    Dataset data = generate(1500, 3);
    ProjectRules rules = new ProjectRules(CONTRACT);
    JsonSchema fixtureSchema = fixtureSchema("projects.schema.json");
    for (Company company : data.companies()) {
      // normalize() checks the contract's Project schema and the metadata of the company, and
      // puts the fields in the contract's order: a valid project comes back unchanged.
      for (Project project : data.projects(company.slug())) {
        assertThat(rules.normalize(project.json(), company, "generated").toString())
            .isEqualTo(project.toString());
      }
      JsonNode array =
          Json.MAPPER.valueToTree(
              data.projects(company.slug()).stream().map(Project::json).toList());
      Set<ValidationMessage> problems = fixtureSchema.validate(array);
      assertThat(problems).as(company.slug()).isEmpty();
    }
  }

  @Test
  void theDistributionsLookLikeAPipeline() {
    List<JsonNode> acme =
        generate(5000, 11).projects("acme").stream().map(p -> (JsonNode) p.json()).toList();
    long deleted = acme.stream().filter(p -> !p.get("deleted_at").isNull()).count();
    assertThat(deleted).isBetween(100L, 600L);
    Set<Integer> probabilities =
        acme.stream()
            .map(p -> p.get("probability").asInt())
            .collect(java.util.stream.Collectors.toSet());
    assertThat(probabilities).contains(0, 50, 100).hasSizeGreaterThan(8);
    Set<String> years =
        acme.stream()
            .map(p -> p.get("created_at").asText().substring(0, 4))
            .collect(java.util.stream.Collectors.toSet());
    assertThat(years).hasSizeGreaterThanOrEqualTo(6);
    assertThat(acme).anyMatch(p -> p.get("updated_at").asText().endsWith("T00:00:00.000Z"));
    assertThat(acme).anyMatch(p -> p.get("updated_at").asText().endsWith("T23:59:59.999Z"));
    assertThat(acme).anyMatch(p -> p.get("updated_at").asText().endsWith("T22:00:00.000Z"));
    assertThat(acme.stream().filter(p -> p.has("metadata_13")).count()).isBetween(2000L, 4000L);
    assertThat(acme).anyMatch(p -> p.get("account_id").isNull());
  }

  @Test
  void everyIdentityOwnsAShareAndSeesOthersToo() {
    Dataset data = generate(5000, 5);
    for (Identity identity : BUNDLED.identities()) {
      for (String slug : identity.permissions().keySet()) {
        List<Project> projects = data.projects(slug);
        long owned =
            projects.stream()
                .filter(
                    p ->
                        p.field("pm_id").asLong() == identity.personId()
                            || p.field("account_id").asLong() == identity.personId())
                .count();
        assertThat(owned)
            .as("%s owns in %s", identity.name(), slug)
            .isBetween(projects.size() / 50L, projects.size() / 4L);
      }
    }
  }

  @Test
  void theWrittenFolderLoadsBackAsTheSameData(@TempDir Path dir) throws IOException {
    Dataset data = generate(3000, 9);
    new FixtureWriter(CONTRACT).write(data, dir);
    assertThat(dir.resolve("projects/acme.json")).isRegularFile();
    Dataset loaded = new FixtureLoader(CONTRACT).load(dir);
    for (Company company : data.companies()) {
      assertThat(rendered(loaded, company.slug())).isEqualTo(rendered(data, company.slug()));
    }
    assertThat(loaded.identities()).containsExactlyElementsOf(data.identities());
    assertThat(loaded.companies()).containsExactlyElementsOf(data.companies());
    JsonSchema identities = fixtureSchema("identities.schema.json");
    JsonSchema companies = fixtureSchema("companies.schema.json");
    assertThat(
            identities.validate(
                Json.parse(Files.readAllBytes(dir.resolve("identities.json")), "i")))
        .isEmpty();
    assertThat(
            companies.validate(Json.parse(Files.readAllBytes(dir.resolve("companies.json")), "c")))
        .isEmpty();
  }

  @Test
  void aSpecIsNOrNColonSeed() {
    assertThat(GeneratorSpec.parse("1000"))
        .isEqualTo(new GeneratorSpec(1000, GeneratorSpec.DEFAULT_SEED));
    assertThat(GeneratorSpec.parse("1000:42")).isEqualTo(new GeneratorSpec(1000, 42));
    for (String bad : List.of("", "x", "10:", "10:y", "1:2:3", "-5", "99999999999")) {
      assertThatThrownBy(() -> GeneratorSpec.parse(bad))
          .as(bad)
          .isInstanceOf(InvalidDataException.class);
    }
  }

  private static JsonSchema fixtureSchema(String name) throws IOException {
    try (InputStream in =
        DatasetGeneratorTest.class
            .getClassLoader()
            .getResourceAsStream("io/wethodkit/fixtures/schemas/" + name)) {
      assertThat(in).as(name).isNotNull();
      SchemaValidatorsConfig config =
          SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(Json.MAPPER.readTree(in), config);
    }
  }
}
