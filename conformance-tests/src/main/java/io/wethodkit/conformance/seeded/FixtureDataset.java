package io.wethodkit.conformance.seeded;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.fixtures.golden.GoldenCase;
import io.wethodkit.fixtures.read.FixtureCompany;
import io.wethodkit.fixtures.read.FixtureData;
import io.wethodkit.fixtures.read.FixtureFileException;
import io.wethodkit.fixtures.read.FixtureIdentity;
import io.wethodkit.fixtures.read.FixtureReader;
import java.util.List;
import java.util.Optional;

/**
 * The kit's fixture dataset and golden expectations, read from the classpath (the fixtures module)
 * by the fixtures module's reader: what a target holds in seeded mode.
 */
public final class FixtureDataset {

  private final FixtureData data;
  private final List<GoldenCase> golden;

  private FixtureDataset(FixtureData data, List<GoldenCase> golden) {
    this.data = data;
    this.golden = List.copyOf(golden);
  }

  /** The bundled fixtures; fails with a clear message when a file is missing or unreadable. */
  public static FixtureDataset bundled() {
    FixtureReader reader = FixtureReader.bundled();
    try {
      return new FixtureDataset(reader.dataset(), reader.golden());
    } catch (FixtureFileException e) {
      throw new FixtureException("the fixture file " + e.getMessage(), e);
    }
  }

  public List<FixtureCompany> companies() {
    return data.companies();
  }

  public Optional<FixtureCompany> company(String slug) {
    return data.company(slug);
  }

  public List<FixtureIdentity> identities() {
    return data.identities();
  }

  public Optional<FixtureIdentity> identity(String name) {
    return data.identity(name);
  }

  public Optional<FixtureIdentity> identityWithToken(String token) {
    return data.identityWithToken(token);
  }

  /** The projects of {@code company} as the API renders them. */
  public List<JsonNode> projects(String company) {
    return List.copyOf(data.projects(company));
  }

  public List<GoldenCase> golden() {
    return golden;
  }
}
