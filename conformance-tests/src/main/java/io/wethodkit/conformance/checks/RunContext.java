package io.wethodkit.conformance.checks;

import io.wethodkit.conformance.catalogue.Catalogue;
import io.wethodkit.conformance.catalogue.CheckKind;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.client.TargetClient;
import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.config.Role;
import io.wethodkit.conformance.config.TargetConfig;
import io.wethodkit.conformance.seeded.FixtureDataset;
import io.wethodkit.conformance.seeded.GoldenIndex;
import io.wethodkit.conformance.verdict.CheckOutcome;
import io.wethodkit.conformance.verdict.DataHeld;
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
  private ForeignProjects foreignProjects;
  private DoorSurvey doors;
  private final Map<String, CheckOutcome> own = new ConcurrentHashMap<>();
  private final Map<String, List<DataHeld>> data = new ConcurrentHashMap<>();
  private final long seed;

  public RunContext(
      TargetConfig config,
      Semantics semantics,
      Catalogue catalogue,
      TargetClient client,
      Optional<FixtureDataset> fixtures,
      Set<String> selection) {
    this(config, semantics, catalogue, client, fixtures, selection, 0L);
  }

  /**
   * A run's context, whose sampled requests (the doors the permission and consistency checks try)
   * are drawn from {@code seed}.
   */
  public RunContext(
      TargetConfig config,
      Semantics semantics,
      Catalogue catalogue,
      TargetClient client,
      Optional<FixtureDataset> fixtures,
      Set<String> selection,
      long seed) {
    this.seed = seed;
    this.config = config;
    this.semantics = semantics;
    Contract contract = semantics.contract();
    this.contract = contract;
    this.catalogue = catalogue;
    this.client = client;
    this.requests = new Requests(contract, config);
    this.listings = new Listings(contract, client, requests);
    this.fixtures = config.mode() == Mode.SEEDED ? fixtures : Optional.empty();
    this.golden = this.fixtures.map(data -> GoldenIndex.of(data.golden()));
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

  /** The projects of the foreign company, read once for the run (or why they are unknown). */
  synchronized ForeignProjects foreignProjects() {
    if (foreignProjects == null) {
      foreignProjects = ForeignProjects.read(this);
    }
    return foreignProjects;
  }

  /**
   * Every identity sent through the doors of the list drawn from the run's seed, once for the run.
   * Throws {@link Blocked} when the list cannot be read page by page.
   */
  synchronized DoorSurvey doors() {
    if (doors == null) {
      doors = DoorSurvey.run(this, seed, foreignProjects());
    }
    return doors;
  }

  /** The seed of the run's sampled requests. */
  public long seed() {
    return seed;
  }

  /** A requirement whose own check failed: what a check that rests on it is blocked by. */
  record Failing(String id, String why) {}

  /**
   * The first requirement of {@code kind} that {@code which} selects whose own check failed: a
   * check that rests on it is blocked rather than failed for the same fault.
   */
  Optional<Failing> failing(CheckKind kind, java.util.function.Predicate<Requirement> which) {
    for (Requirement requirement : catalogue.requirements()) {
      if (requirement.check() != kind || !which.test(requirement)) {
        continue;
      }
      CheckOutcome verdict = ownVerdict(requirement);
      Optional<String> first =
          verdict.match(
              pass -> Optional.empty(),
              fail -> Optional.of(fail.findings().get(0).evidence().summary()),
              inconclusive -> Optional.empty(),
              skipped -> Optional.empty());
      if (first.isPresent()) {
        return Optional.of(new Failing(requirement.id(), first.get()));
      }
    }
    return Optional.empty();
  }

  /** The id of the requirement that {@code check} verifies (the first, for a template). */
  String idOf(CheckKind check) {
    return idOfCheck(check);
  }

  /**
   * "blocked by PRJ-…": why a check cannot judge, naming the requirement (found by its kind of
   * check) that owns the fault.
   */
  public String blockedBy(CheckKind check, String why) {
    return "blocked by " + idOfCheck(check) + " (" + why + ")";
  }

  private String idOfCheck(CheckKind check) {
    return catalogue.requirements().stream()
        .filter(r -> r.check() == check)
        .map(Requirement::id)
        .findFirst()
        .orElse(check.catalogueName());
  }

  private void requireReadableLists() {
    if (evaluating) {
      return;
    }
    Recorder verdict = listingPrerequisite();
    if (verdict.hasFailures()) {
      throw new Blocked(idOfCheck(CheckKind.PAGING_CONCAT), verdict.firstFailure());
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

  /** Notes what the target's data held of what the check of {@code requirementId} needed. */
  void noteData(String requirementId, List<DataHeld> held) {
    data.put(requirementId, List.copyOf(held));
  }

  /** What the target's data held of what the check of {@code requirementId} needed. */
  public List<DataHeld> dataHeld(String requirementId) {
    return data.getOrDefault(requirementId, List.of());
  }

  /** Whether {@code --only} (if given) selects the requirement. */
  public boolean selected(String requirementId) {
    return selection.isEmpty() || selection.contains(requirementId);
  }

  /**
   * The outcome of {@code requirement}: its check, and in seeded mode its golden cases. A
   * requirement left out by {@code --only} is SKIPPED.
   */
  public CheckOutcome verdict(Requirement requirement) {
    if (!selected(requirement.id())) {
      return CheckOutcome.Skipped.NOT_SELECTED;
    }
    CheckOutcome verdict = ownVerdict(requirement);
    if (golden.isEmpty() || blocked(verdict)) {
      return verdict;
    }
    Recorder recorder = new Recorder();
    recorder.absorb(verdict);
    runGolden(golden.get(), requirement, recorder);
    return recorder.conclude(requirement.id());
  }

  /**
   * The requirement's own check, run once for the run: for its own verdict, or earlier for a golden
   * case of another requirement that rests on it.
   */
  private CheckOutcome ownVerdict(Requirement requirement) {
    CheckOutcome known = own.get(requirement.id());
    if (known == null) {
      known = library.check(requirement.check()).verify(this, requirement);
      own.put(requirement.id(), known);
    }
    return known;
  }

  private static boolean blocked(CheckOutcome outcome) {
    return outcome.match(
        pass -> false,
        fail -> false,
        inconclusive -> inconclusive.cause() == CheckOutcome.Inconclusive.Cause.BLOCKED,
        skipped -> false);
  }

  /** Whether the requirement's own check found it holding, or at least not failing. */
  private boolean holds(Requirement requirement) {
    CheckOutcome verdict = ownVerdict(requirement);
    return !blocked(verdict) && verdict.match(pass -> true, fail -> false, i -> true, s -> true);
  }

  /**
   * Replays the requirement's golden cases, except those that rest on another requirement that does
   * not hold: their answer would repeat that fault, so they are blocked instead.
   */
  private void runGolden(GoldenIndex index, Requirement requirement, Recorder recorder) {
    GoldenVerifier verifier = new GoldenVerifier(this);
    for (GoldenCase goldenCase : index.casesFor(requirement.id())) {
      Optional<String> failing =
          index.dependencies(goldenCase, requirement.id()).stream()
              .filter(id -> catalogue.find(id).map(r -> !holds(r)).orElse(false))
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
