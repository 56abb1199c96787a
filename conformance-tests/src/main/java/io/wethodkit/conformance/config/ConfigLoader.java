package io.wethodkit.conformance.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wethodkit.conformance.seeded.FixtureDataset;
import io.wethodkit.contract.Contract;
import io.wethodkit.fixtures.read.FixtureCompany;
import io.wethodkit.fixtures.read.FixtureIdentity;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and validates the config file. Every problem is a {@link ConfigException} whose message is
 * one line naming the file and what is wrong. Token values may be written {@code ${ENV_VAR}} to
 * keep secrets out of the file. In seeded mode, what the file leaves out comes from the fixture
 * dataset: identities, company, foreign company, a token of the foreign company and the revoked
 * token.
 */
public final class ConfigLoader {

  static final int DEFAULT_TIMEOUT_SECONDS = 10;
  static final int MAX_TIMEOUT_SECONDS = 600;

  private static final Set<String> KEYS =
      Set.of(
          "baseUrl",
          "company",
          "version",
          "mode",
          "timeoutSeconds",
          "identities",
          "foreignCompany",
          "foreignToken",
          "revokedToken");
  private static final Set<String> IDENTITY_KEYS = Set.of("token", "personId");
  private static final Pattern ENV_REFERENCE = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)}$");

  private final Contract contract;
  private final Supplier<FixtureDataset> fixtures;
  private final Function<String, String> environment;

  public ConfigLoader(
      Contract contract, Supplier<FixtureDataset> fixtures, Function<String, String> environment) {
    this.contract = contract;
    this.fixtures = fixtures;
    this.environment = environment;
  }

  public ConfigLoader(Contract contract, Supplier<FixtureDataset> fixtures) {
    this(contract, fixtures, System::getenv);
  }

  /** Reads {@code file}; {@code baseUrlOverride}, when present, replaces its {@code baseUrl}. */
  public TargetConfig load(Path file, Optional<String> baseUrlOverride) {
    String where = "config " + file;
    return read(parse(file, where), where, baseUrlOverride);
  }

  /**
   * Validates a config given as a tree with the file's keys (e.g. built in code); {@code where}
   * names it in the messages.
   */
  public TargetConfig read(JsonNode root, String where, Optional<String> baseUrlOverride) {
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new ConfigException(where + " is empty");
    }
    if (!root.isObject()) {
      throw new ConfigException(where + ": expected keys such as baseUrl and mode at the top");
    }
    rejectUnknownKeys(root, KEYS, where, "");

    Mode mode = mode(root, where);
    URI baseUrl = baseUrl(baseUrlOverride.orElseGet(() -> text(root, "baseUrl", where)), where);
    Duration timeout = timeout(root, where);
    String version =
        optionalText(root, "version", where)
            .orElseGet(() -> contract.headers().supportedVersions().get(0));

    FixtureDataset seed = mode == Mode.SEEDED ? fixtures.get() : null;
    String company =
        optionalText(root, "company", where)
            .orElseGet(
                () -> {
                  if (seed == null) {
                    throw new ConfigException(where + ": company is missing");
                  }
                  return seededCompany(seed);
                });
    Map<Role, IdentityConfig> identities = identities(root, where, seed);
    Optional<String> foreignCompany =
        optionalText(root, "foreignCompany", where)
            .or(() -> seed == null ? Optional.empty() : seededForeignCompany(seed, company));
    if (foreignCompany.filter(company::equals).isPresent()) {
      throw new ConfigException(where + ": foreignCompany must differ from company");
    }
    Optional<String> revokedToken =
        optionalText(root, "revokedToken", where)
            .map(token -> resolve(token, where + ": revokedToken"))
            .or(() -> seed == null ? Optional.empty() : seededRevokedToken(seed));
    Optional<String> foreignToken =
        optionalText(root, "foreignToken", where)
            .map(token -> resolve(token, where + ": foreignToken"))
            .or(
                () ->
                    seed == null
                        ? Optional.empty()
                        : foreignCompany.flatMap(slug -> seededForeignToken(seed, slug)));
    if (foreignToken.isPresent() && foreignCompany.isEmpty()) {
      throw new ConfigException(where + ": foreignToken needs foreignCompany");
    }
    return new TargetConfig(
        baseUrl,
        company,
        version,
        mode,
        timeout,
        identities,
        foreignCompany,
        revokedToken,
        foreignToken);
  }

  private static JsonNode parse(Path file, String where) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException("config file " + file + " not found");
    } catch (IOException e) {
      throw new ConfigException("config file " + file + " cannot be read: " + e.getMessage());
    }
    try {
      return new ObjectMapper(new YAMLFactory()).readTree(bytes);
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      String at = location == null ? "" : " (line " + location.getLineNr() + ")";
      throw new ConfigException(
          where + " is not valid YAML" + at + ": " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ConfigException(where + " cannot be read: " + firstLine(e.getMessage()));
    }
  }

  private static Mode mode(JsonNode root, String where) {
    JsonNode node = root.get("mode");
    String allowed =
        Arrays.stream(Mode.values()).map(Mode::configName).collect(Collectors.joining(" or "));
    if (node == null || node.isNull()) {
      throw new ConfigException(where + ": mode is missing (" + allowed + ")");
    }
    return Mode.fromConfig(node.asText())
        .orElseThrow(
            () ->
                new ConfigException(
                    where + ": mode must be " + allowed + ", not '" + node.asText() + "'"));
  }

  private URI baseUrl(String text, String where) {
    String value = resolve(text, where + ": baseUrl");
    try {
      URI uri = new URI(value);
      boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      if (!http || uri.getHost() == null || uri.getRawQuery() != null) {
        throw new ConfigException(where + ": baseUrl '" + value + "' is not an http(s) URL");
      }
      String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
      return new URI(trimmed);
    } catch (URISyntaxException e) {
      throw new ConfigException(where + ": baseUrl '" + value + "' is not an http(s) URL");
    }
  }

  private static Duration timeout(JsonNode root, String where) {
    JsonNode node = root.get("timeoutSeconds");
    if (node == null || node.isNull()) {
      return Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
    }
    if (!node.canConvertToInt()
        || !node.isIntegralNumber()
        || node.asInt() < 1
        || node.asInt() > MAX_TIMEOUT_SECONDS) {
      throw new ConfigException(
          where
              + ": timeoutSeconds must be a whole number from 1 to "
              + MAX_TIMEOUT_SECONDS
              + ", not '"
              + node.asText()
              + "'");
    }
    return Duration.ofSeconds(node.asInt());
  }

  private Map<Role, IdentityConfig> identities(JsonNode root, String where, FixtureDataset seed) {
    JsonNode node = root.get("identities");
    Map<Role, IdentityConfig> identities = new EnumMap<>(Role.class);
    if (node != null && !node.isNull()) {
      if (!node.isObject()) {
        throw new ConfigException(where + ": identities must map view, viewOther, both and none");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        Role role =
            Role.fromConfig(entry.getKey())
                .orElseThrow(
                    () ->
                        new ConfigException(
                            where
                                + ": identities."
                                + entry.getKey()
                                + " is not one of "
                                + roleNames()));
        identities.put(role, identity(entry.getValue(), where + ": identities." + entry.getKey()));
      }
    }
    for (Role role : Role.values()) {
      if (identities.containsKey(role)) {
        continue;
      }
      if (seed == null) {
        throw new ConfigException(
            where
                + ": identities."
                + role.configName()
                + " is missing (blackbox mode needs "
                + roleNames()
                + ")");
      }
      FixtureIdentity fixture =
          seed.identity(role.configName())
              .orElseThrow(
                  () ->
                      new ConfigException(
                          where
                              + ": the fixture dataset has no identity '"
                              + role.configName()
                              + "'; give identities."
                              + role.configName()));
      identities.put(role, new IdentityConfig(fixture.token(), fixture.personId()));
    }
    return identities;
  }

  private IdentityConfig identity(JsonNode node, String where) {
    if (node == null || !node.isObject()) {
      throw new ConfigException(where + " must be { token: ..., personId: ... }");
    }
    rejectUnknownKeys(node, IDENTITY_KEYS, where, "");
    JsonNode token = node.get("token");
    if (token == null || !token.isValueNode() || token.asText().isBlank()) {
      throw new ConfigException(where + ".token is missing");
    }
    JsonNode personId = node.get("personId");
    if (personId == null || !personId.isIntegralNumber() || personId.asLong() < 1) {
      throw new ConfigException(where + ".personId must be a whole number of at least 1");
    }
    return new IdentityConfig(resolve(token.asText(), where + ".token"), personId.asLong());
  }

  private String resolve(String value, String where) {
    Matcher matcher = ENV_REFERENCE.matcher(value.trim());
    if (!matcher.matches()) {
      return value;
    }
    String resolved = environment.apply(matcher.group(1));
    if (resolved == null || resolved.isBlank()) {
      throw new ConfigException(
          where + " refers to the environment variable " + matcher.group(1) + ", which is not set");
    }
    return resolved;
  }

  private static String seededCompany(FixtureDataset seed) {
    return seed.identity(Role.BOTH.configName())
        .flatMap(both -> both.permissions().keySet().stream().sorted().findFirst())
        .or(() -> seed.companies().stream().map(FixtureCompany::slug).findFirst())
        .orElseThrow(() -> new ConfigException("the fixture dataset names no company"));
  }

  private static Optional<String> seededForeignCompany(FixtureDataset seed, String company) {
    List<FixtureIdentity> roles =
        Arrays.stream(Role.values())
            .map(role -> seed.identity(role.configName()))
            .flatMap(Optional::stream)
            .toList();
    return seed.companies().stream()
        .map(FixtureCompany::slug)
        .filter(slug -> !slug.equals(company))
        .filter(slug -> roles.stream().allMatch(identity -> identity.permissionsIn(slug).isEmpty()))
        .findFirst();
  }

  /** The fixture user who sees the most of {@code company}, to tell its projects apart. */
  private static Optional<String> seededForeignToken(FixtureDataset seed, String company) {
    return seed.identities().stream()
        .filter(identity -> !identity.revoked())
        .filter(identity -> identity.permissionsIn(company).map(p -> !p.isEmpty()).orElse(false))
        .max(
            java.util.Comparator.comparingInt(
                identity -> identity.permissionsIn(company).map(List::size).orElse(0)))
        .map(FixtureIdentity::token);
  }

  private static Optional<String> seededRevokedToken(FixtureDataset seed) {
    return seed.identities().stream()
        .filter(FixtureIdentity::revoked)
        .map(FixtureIdentity::token)
        .findFirst();
  }

  private static Optional<String> optionalText(JsonNode root, String key, String where) {
    JsonNode node = root.get(key);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isValueNode() || node.asText().isBlank()) {
      throw new ConfigException(where + ": " + key + " must be a non-empty text");
    }
    return Optional.of(node.asText());
  }

  private static String text(JsonNode root, String key, String where) {
    return optionalText(root, key, where)
        .orElseThrow(() -> new ConfigException(where + ": " + key + " is missing"));
  }

  private static void rejectUnknownKeys(
      JsonNode node, Set<String> known, String where, String prefix) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new ConfigException(
            where
                + ": unknown key '"
                + prefix
                + name
                + "' (expected one of "
                + known.stream().sorted().collect(Collectors.joining(", "))
                + ")");
      }
    }
  }

  private static String roleNames() {
    return Arrays.stream(Role.values()).map(Role::configName).collect(Collectors.joining(", "));
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "unknown problem";
    }
    int newline = text.indexOf('\n');
    return (newline < 0 ? text : text.substring(0, newline)).trim();
  }
}
