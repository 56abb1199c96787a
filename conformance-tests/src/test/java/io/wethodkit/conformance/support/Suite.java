package io.wethodkit.conformance.support;

import io.wethodkit.conformance.catalogue.Catalogue;
import io.wethodkit.conformance.config.IdentityConfig;
import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.config.Role;
import io.wethodkit.conformance.config.TargetConfig;
import io.wethodkit.conformance.runner.CheckResult;
import io.wethodkit.conformance.runner.RunOutcome;
import io.wethodkit.conformance.runner.Status;
import io.wethodkit.conformance.seeded.FixtureDataset;
import io.wethodkit.conformance.suite.SuiteRun;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.semantics.Semantics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs the suite in-process for the tests, with the console captured. */
public final class Suite {

  public static final Contract CONTRACT = Contract.bundled();
  public static final Catalogue CATALOGUE = Catalogue.load(CONTRACT);

  /** The seed of the sampled requests of the tests' runs, so that a failure replays. */
  public static final long SEED = 20240615L;

  private static FixtureDataset fixtures;

  private Suite() {}

  public static synchronized FixtureDataset fixtures() {
    if (fixtures == null) {
      fixtures = FixtureDataset.bundled();
    }
    return fixtures;
  }

  /**
   * The config for a mock holding the bundled fixtures, with the fixture identities (and the token
   * of the fixture user who sees every project of the foreign company).
   */
  public static TargetConfig config(String baseUrl, Mode mode) {
    Map<Role, IdentityConfig> identities = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      var fixture = fixtures().identity(role.configName()).orElseThrow();
      identities.put(role, new IdentityConfig(fixture.token(), fixture.personId()));
    }
    return new TargetConfig(
        URI.create(baseUrl),
        "acme",
        "2024-06-15",
        mode,
        Duration.ofSeconds(5),
        identities,
        Optional.of("globex"),
        Optional.of("tok-revoked"),
        Optional.of("tok-multi"));
  }

  /** A run's outcome with what it printed. */
  public record Run(RunOutcome outcome, String console) {

    public Status status(String id) {
      return result(id).status();
    }

    public CheckResult result(String id) {
      return outcome.results().stream()
          .filter(r -> r.requirement().id().equals(id))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no result for " + id));
    }

    public List<CheckResult> with(Status status) {
      return outcome.results().stream().filter(r -> r.status() == status).toList();
    }

    public Set<String> ids(Status status) {
      return with(status).stream()
          .map(r -> r.requirement().id())
          .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** For assertion messages: each non-passing verdict with its first evidence. */
    public String describe() {
      return outcome.results().stream()
          .filter(r -> r.status() != Status.PASS)
          .map(
              r ->
                  r.status()
                      + " "
                      + r.requirement().id()
                      + ": "
                      + r.evidence().stream().findFirst().map(e -> e.summary()).orElse(""))
          .collect(Collectors.joining("\n"));
    }
  }

  public static Run run(Contract contract, TargetConfig config, Path reportDir) {
    return run(contract, Catalogue.load(contract), config, Set.of(), reportDir);
  }

  public static Run run(TargetConfig config, Path reportDir) {
    return run(CONTRACT, CATALOGUE, config, Set.of(), reportDir);
  }

  /** A run whose sampled requests are drawn from {@code seed}. */
  public static Run run(TargetConfig config, Path reportDir, long seed) {
    return run(Semantics.of(CONTRACT), CATALOGUE, config, Set.of(), reportDir, seed);
  }

  public static Run run(
      Contract contract,
      Catalogue catalogue,
      TargetConfig config,
      Set<String> only,
      Path reportDir) {
    return run(Semantics.of(contract), catalogue, config, only, reportDir);
  }

  /** A run that judges by {@code semantics} (e.g. the contract's with one rule changed). */
  public static Run run(
      Semantics semantics, TargetConfig config, Set<String> only, Path reportDir) {
    return run(semantics, Catalogue.load(semantics.contract()), config, only, reportDir);
  }

  private static Run run(
      Semantics semantics,
      Catalogue catalogue,
      TargetConfig config,
      Set<String> only,
      Path reportDir) {
    return run(semantics, catalogue, config, only, reportDir, SEED);
  }

  private static Run run(
      Semantics semantics,
      Catalogue catalogue,
      TargetConfig config,
      Set<String> only,
      Path reportDir,
      long seed) {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8)) {
      Optional<FixtureDataset> data =
          config.mode() == Mode.SEEDED ? Optional.of(fixtures()) : Optional.empty();
      RunOutcome outcome =
          new SuiteRun(semantics, catalogue, out)
              .execute(config, data, only, reportDir, Duration.ofMinutes(5), seed);
      return new Run(outcome, console.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
