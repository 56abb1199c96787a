package io.wethodkit.conformance.checks;

import io.wethodkit.conformance.catalogue.Catalogue;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.client.TargetClient;
import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.config.Role;
import io.wethodkit.conformance.config.TargetConfig;
import io.wethodkit.conformance.seeded.FixtureDataset;
import io.wethodkit.conformance.seeded.GoldenIndex;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.DeletionScope;
import io.wethodkit.contract.semantics.Semantics;
import io.wethodkit.fixtures.golden.GoldenCase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the checks of one run share: the target and its config, the contract, the catalogue,
 * the HTTP client, the lists fetched so far, and in seeded mode the fixtures.
 */
public final class RunContext {

  private final TargetConfig config;
  private final Semantics semantics;
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
  private Recorder prerequisite;
  private boolean evaluating;
  private final Map<String, OwnVerdict> own = new ConcurrentHashMap<>();

  /** What a requirement's own check found, or why it could not judge. */
  private record OwnVerdict(Recorder recorder, String blocked) {
    boolean holds() {
      return blocked == null && !recorder.hasFailures();
    }
  }

  public RunContext(
      TargetConfig config,
      Semantics semantics,
      Catalogue catalogue,
      TargetClient client,
      Optional<FixtureDataset> fixtures,
      Set<String> selection) {
    this.config = config;
    this.semantics = semantics;
    Contract contract = semantics.contract();
    this.contract = contract;
    this.catalogue = catalogue;
    this.client = client;
    this.requests = new Requests(contract, config);
    this.listings = new Listings(contract, client, requests);
    this.fixtures = config.mode() == Mode.SEEDED ? fixtures : Optional.empty();
    this.golden = this.fixtures.map(data -> GoldenIndex.of(data, contract, catalogue));
    this.selection = Set.copyOf(selection);
    this.library = CheckLibrary.standard();
    this.listings.requireBefore(this::requireReadableLists);
  }

  /** The verdict of reading lists page by page, found once for the run. */
  synchronized Recorder listingPrerequisite() {
    if (prerequisite == null) {
      evaluating = true;
      try {
        prerequisite = ListingPrerequisite.evaluate(this);
      } finally {
        evaluating = false;
      }
    }
    return prerequisite;
  }

  /**
   * "blocked by PRJ-…": why a check cannot judge, naming the requirement (found by its check) that
   * owns the fault.
   */
  public String blockedBy(String check, String why) {
    return "blocked by " + idOfCheck(check) + " (" + why + ")";
  }

  private String idOfCheck(String check) {
    return catalogue.requirements().stream()
        .filter(r -> r.check().equals(check))
        .map(Requirement::id)
        .findFirst()
        .orElse(check);
  }

  private void requireReadableLists() {
    if (evaluating) {
      return;
    }
    Recorder verdict = listingPrerequisite();
    if (verdict.hasFailures()) {
      throw new Blocked(idOfCheck(ListingPrerequisite.CHECK), verdict.firstFailure());
    }
  }

  public TargetConfig config() {
    return config;
  }

  public Contract contract() {
    return contract;
  }

  /** What the contract's operation means: the answers are judged by it. */
  public Semantics semantics() {
    return semantics;
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
        List<String> ids = listings.readAll(Role.BOTH, allScopes()).ids();
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
    OwnVerdict verdict = ownVerdict(requirement);
    if (verdict.blocked() != null) {
      throw new InconclusiveException(verdict.blocked());
    }
    Recorder recorder = new Recorder();
    recorder.absorb(verdict.recorder());
    golden.ifPresent(index -> runGolden(index, requirement, recorder));
    recorder.conclude();
  }

  /**
   * The requirement's own check, run once for the run: by its own test, or earlier by a golden case
   * of another requirement that rests on it.
   */
  private OwnVerdict ownVerdict(Requirement requirement) {
    OwnVerdict known = own.get(requirement.id());
    if (known != null) {
      return known;
    }
    Recorder recorder = new Recorder();
    String blocked = null;
    try {
      library.check(requirement.check()).run(this, requirement, recorder);
    } catch (TargetMisbehaved misbehaved) {
      recorder.fail(misbehaved.evidence());
    } catch (Blocked reason) {
      if (!requirement.check().equals(ListingPrerequisite.CHECK)) {
        blocked = reason.getMessage();
      }
    }
    OwnVerdict verdict = new OwnVerdict(recorder, blocked);
    own.put(requirement.id(), verdict);
    return verdict;
  }

  /**
   * Replays the requirement's golden cases, except those that rest on another requirement that does
   * not hold: their answer would repeat that fault, so they are blocked instead.
   */
  private void runGolden(GoldenIndex index, Requirement requirement, Recorder recorder) {
    GoldenVerifier verifier = new GoldenVerifier(this);
    for (GoldenCase goldenCase : index.casesFor(requirement.id())) {
      Optional<String> failing =
          index.dependencies(goldenCase, requirement.id(), config.company()).stream()
              .filter(id -> catalogue.find(id).map(r -> !ownVerdict(r).holds()).orElse(false))
              .findFirst();
      if (failing.isPresent()) {
        recorder.cannotExercise(
            "golden case " + goldenCase.name() + " blocked by " + failing.get());
      } else {
        try {
          verifier.verify(goldenCase, requirement, recorder);
        } catch (TargetMisbehaved misbehaved) {
          recorder.fail(misbehaved.evidence());
        }
      }
    }
  }
}
