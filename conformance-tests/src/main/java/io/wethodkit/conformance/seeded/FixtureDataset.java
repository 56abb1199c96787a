package io.wethodkit.conformance.seeded;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kit's fixture dataset and golden expectations, read from the classpath (the fixtures module):
 * what a target holds in seeded mode.
 */
public final class FixtureDataset {

  /** Where the fixtures module puts its data on the classpath. */
  public static final String ROOT = "io/wethodkit/fixtures/data/";

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final List<FixtureCompany> companies;
  private final List<FixtureIdentity> identities;
  private final Map<String, List<JsonNode>> projects;
  private final List<GoldenCase> golden;

  private FixtureDataset(
      List<FixtureCompany> companies,
      List<FixtureIdentity> identities,
      Map<String, List<JsonNode>> projects,
      List<GoldenCase> golden) {
    this.companies = List.copyOf(companies);
    this.identities = List.copyOf(identities);
    this.projects = Map.copyOf(projects);
    this.golden = List.copyOf(golden);
  }

  /** The bundled fixtures; fails with a clear message when a file is missing or unreadable. */
  public static FixtureDataset bundled() {
    List<FixtureCompany> companies = List.of(read("companies.json", FixtureCompany[].class));
    List<FixtureIdentity> identities = List.of(read("identities.json", FixtureIdentity[].class));
    Map<String, List<JsonNode>> projects = new LinkedHashMap<>();
    for (FixtureCompany company : companies) {
      JsonNode array = read("projects/" + company.slug() + ".json", JsonNode.class);
      List<JsonNode> items = new ArrayList<>();
      array.forEach(items::add);
      projects.put(company.slug(), items);
    }
    GoldenFile goldenFile = read("golden.json", GoldenFile.class);
    return new FixtureDataset(companies, identities, projects, goldenFile.cases());
  }

  private static <T> T read(String file, Class<T> type) {
    String resource = ROOT + file;
    try (InputStream in = FixtureDataset.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new FixtureException("the fixture file " + resource + " is not on the classpath");
      }
      return JSON.readValue(in, type);
    } catch (IOException e) {
      throw new FixtureException(
          "the fixture file " + resource + " cannot be read: " + problem(e), e);
    }
  }

  private static String problem(IOException e) {
    return e instanceof com.fasterxml.jackson.core.JsonProcessingException json
        ? json.getOriginalMessage()
        : e.getMessage();
  }

  public List<FixtureCompany> companies() {
    return companies;
  }

  public Optional<FixtureCompany> company(String slug) {
    return companies.stream().filter(c -> c.slug().equals(slug)).findFirst();
  }

  public List<FixtureIdentity> identities() {
    return identities;
  }

  public Optional<FixtureIdentity> identity(String name) {
    return identities.stream().filter(i -> i.name().equals(name)).findFirst();
  }

  public Optional<FixtureIdentity> identityWithToken(String token) {
    return identities.stream().filter(i -> i.token().equals(token)).findFirst();
  }

  /** The projects of {@code company} as the API renders them. */
  public List<JsonNode> projects(String company) {
    return projects.getOrDefault(company, List.of());
  }

  public List<GoldenCase> golden() {
    return golden;
  }

  /** The shape of {@code golden.json}. */
  private record GoldenFile(List<GoldenCase> cases) {
    GoldenFile {
      cases = cases == null ? List.of() : cases;
    }
  }
}
