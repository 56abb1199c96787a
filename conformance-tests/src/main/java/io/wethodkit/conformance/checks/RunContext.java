package io.wethodkit.conformance.checks;

import io.wethodkit.conformance.catalogue.Catalogue;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.client.TargetClient;
import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.config.Role;
import io.wethodkit.conformance.config.TargetConfig;
import io.wethodkit.conformance.seeded.FixtureDataset;
import io.wethodkit.conformance.seeded.GoldenIndex;
import io.wethodkit.conformance.seeded.GoldenVerifier;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.DeletionScope;
import io.wethodkit.fixtures.golden.GoldenCase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the checks of one run share: the target and its config, the contract, the catalogue,
 * the HTTP client, the lists fetched so far, and in seeded mode the fixtures.
 */
public final class RunContext {

  private final TargetConfig config;
  private final Contract contract;
  private final Catalogue catalogue;
  private final TargetClient client;
  private final Requests requests;
  private final Listings listings;
  private final Optional<FixtureDataset> fixtures;
  private final Optional<GoldenIndex> golden;
  private final Set<String> selection;
  private final CheckLibrary library;
  private volatile Boolean ordersById;

  public RunContext(
      TargetConfig config,
      Contract contract,
      Catalogue catalogue,
      TargetClient client,
      Optional<FixtureDataset> fixtures,
      Set<String> selection) {
    this.config = config;
    this.contract = contract;
    this.catalogue = catalogue;
    this.client = client;
    this.requests = new Requests(contract, config);
    this.listings = new Listings(contract, client, requests);
    this.fixtures = config.mode() == Mode.SEEDED ? fixtures : Optional.empty();
    this.golden = this.fixtures.map(data -> GoldenIndex.of(data, contract, catalogue));
    this.selection = Set.copyOf(selection);
    this.library = CheckLibrary.standard();
  }

  public TargetConfig config() {
    return config;
  }

  public Contract contract() {
    return contract;
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  public TargetClient client() {
    return client;
  }

  public Requests requests() {
    return requests;
  }

  public Listings listings() {
    return listings;
  }

  /** The fixtures, in seeded mode only. */
  public Optional<FixtureDataset> fixtures() {
    return fixtures;
  }

  public CheckLibrary library() {
    return library;
  }

  /** The value of the deletion parameter that selects {@code scope}. */
  public String deletionValue(DeletionScope scope) {
    return contract.deletionFilter().valueFor(scope);
  }

  /** Parameters that select every project, active or soft-deleted. */
  public Map<String, String> allScopes() {
    return Map.of(contract.deletionFilter().parameter(), deletionValue(DeletionScope.ALL));
  }

  /** Every project that the identity with both permissions sees, deleted ones included. */
  public Listing universe() {
    return listings.all(Role.BOTH, allScopes());
  }

  /** Whether the target lists projects by ascending id, as the kit's golden expectations do. */
  public boolean ordersById() {
    if (ordersById == null) {
      boolean ascending;
      try {
        List<String> ids = universe().ids();
        ascending = true;
        for (int i = 1; i < ids.size(); i++) {
          ascending &= compareIds(ids.get(i - 1), ids.get(i)) < 0;
        }
      } catch (TargetMisbehaved misbehaved) {
        ascending = true; // Nothing to adapt to: compare with the golden order as written.
      }
      ordersById = ascending;
    }
    return ordersById;
  }

  private static int compareIds(String a, String b) {
    try {
      return new BigDecimal(a).compareTo(new BigDecimal(b));
    } catch (NumberFormatException e) {
      return a.compareTo(b);
    }
  }

  /** Whether {@code --only} (if given) selects the requirement. */
  public boolean selected(String requirementId) {
    return selection.isEmpty() || selection.contains(requirementId);
  }

  /** Runs the check of {@code requirement} (and in seeded mode its golden cases). */
  public void execute(Requirement requirement) {
    if (!selected(requirement.id())) {
      throw new NotSelectedException();
    }
    Recorder recorder = new Recorder();
    try {
      library.check(requirement.check()).run(this, requirement, recorder);
    } catch (TargetMisbehaved misbehaved) {
      recorder.fail(misbehaved.evidence());
    }
    golden.ifPresent(index -> runGolden(index.casesFor(requirement.id()), requirement, recorder));
    recorder.conclude();
  }

  private void runGolden(List<GoldenCase> cases, Requirement requirement, Recorder recorder) {
    GoldenVerifier verifier = new GoldenVerifier(this);
    for (GoldenCase goldenCase : cases) {
      verifier.verify(goldenCase, requirement, recorder);
    }
  }
}
