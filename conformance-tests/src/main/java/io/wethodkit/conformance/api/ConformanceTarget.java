package io.wethodkit.conformance.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.conformance.config.ConfigException;
import io.wethodkit.conformance.config.ConfigLoader;
import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.config.Role;
import io.wethodkit.conformance.config.TargetConfig;
import io.wethodkit.conformance.seeded.FixtureDataset;
import io.wethodkit.conformance.seeded.FixtureException;
import io.wethodkit.contract.Contract;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the suite certifies: the implementation's URL, the mode and the identities, as in the config
 * file. Loaded from the YAML file, or built in code with the same keys and the same checks.
 *
 * <pre>{@code
 * ConformanceTarget.seeded("http://127.0.0.1:8080");          // holds the kit's fixtures
 * ConformanceTarget.load(Path.of("target.yaml"));             // the CLI's config file
 * ConformanceTarget.builder("https://review.example", Mode.BLACKBOX)
 *     .company("acme")
 *     .identity(Role.VIEW, System.getenv("TOKEN_VIEW"), 11)
 *     ...
 *     .build();
 * }</pre>
 */
public final class ConformanceTarget {

  private final TargetConfig config;

  private ConformanceTarget(TargetConfig config) {
    this.config = config;
  }

  /** A target holding the kit's fixture dataset, with the fixture identities and companies. */
  public static ConformanceTarget seeded(String baseUrl) {
    return builder(baseUrl, Mode.SEEDED).build();
  }

  /** Reads a config file in the suite's YAML format ({@code ${VAR}} read from the environment). */
  public static ConformanceTarget load(Path file) {
    return load(file, null);
  }

  /** Reads a config file, its {@code baseUrl} replaced by {@code baseUrl} unless null. */
  public static ConformanceTarget load(Path file, String baseUrl) {
    return validated(loader -> loader.load(file, Optional.ofNullable(baseUrl)));
  }

  public static Builder builder(String baseUrl, Mode mode) {
    return new Builder(baseUrl, mode);
  }

  private static ConformanceTarget validated(
      java.util.function.Function<ConfigLoader, TargetConfig> read) {
    try {
      return new ConformanceTarget(
          read.apply(new ConfigLoader(Contract.bundled(), FixtureDataset::bundled)));
    } catch (ConfigException | FixtureException e) {
      throw new ConformanceException(e.getMessage(), e);
    }
  }

  public URI baseUrl() {
    return config.baseUrl();
  }

  public Mode mode() {
    return config.mode();
  }

  TargetConfig config() {
    return config;
  }

  /**
   * A config in code. Keys left out get the config file's defaults (in seeded mode, the fixtures'
   * identities, company, foreign company and revoked token).
   */
  public static final class Builder {
    private final ObjectNode root = JsonNodeFactory.instance.objectNode();

    private Builder(String baseUrl, Mode mode) {
      root.put("baseUrl", Objects.requireNonNull(baseUrl, "baseUrl"));
      root.put("mode", Objects.requireNonNull(mode, "mode").configName());
    }

    /** The {@code Wethod-Company} sent for every identity. */
    public Builder company(String slug) {
      root.put("company", slug);
      return this;
    }

    /** The {@code Wethod-Version} sent. */
    public Builder version(String version) {
      root.put("version", version);
      return this;
    }

    /** Connect and read timeout of each request. */
    public Builder timeout(Duration timeout) {
      root.put("timeoutSeconds", timeout.toSeconds());
      return this;
    }

    /** The user of a permission profile: their API token and their person id. */
    public Builder identity(Role role, String token, long personId) {
      ObjectNode identity = root.withObjectProperty("identities").putObject(role.configName());
      identity.put("token", token);
      identity.put("personId", personId);
      return this;
    }

    /** A company that none of the identities may access. */
    public Builder foreignCompany(String slug) {
      root.put("foreignCompany", slug);
      return this;
    }

    /**
     * The token of a user who may list the foreign company's projects: the suite then checks that
     * none of them appears in the company's answers.
     */
    public Builder foreignToken(String token) {
      root.put("foreignToken", token);
      return this;
    }

    /** A token that was revoked. */
    public Builder revokedToken(String token) {
      root.put("revokedToken", token);
      return this;
    }

    /** The target, checked as the config file is; a problem is a {@link ConformanceException}. */
    public ConformanceTarget build() {
      return validated(loader -> loader.read(root.deepCopy(), "config", Optional.empty()));
    }
  }
}
