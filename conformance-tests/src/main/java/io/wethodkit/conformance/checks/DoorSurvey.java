package io.wethodkit.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.conformance.client.Exchange;
import io.wethodkit.conformance.config.Role;
import io.wethodkit.conformance.verdict.Evidence;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.Visibility;
import io.wethodkit.contract.semantics.FilterCriterion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Every identity sent through the doors of the company's list, once a run: the {@link DoorSample}
 * doors, for each filter {@code lt:V}, {@code V} and {@code gt:V} with a value of the identity's
 * own list, {@value #WINDOWS} page windows, and one door read again in pages of another size. What
 * is drawn at random comes from the run's seed: the same seed on the same data sends the same
 * requests, and their number is bounded whatever the data.
 *
 * <p>Each project listed is judged as it comes: one that the identity's permissions do not show
 * (the contract's owner fields against its person id, by the contract's semantics) breaks the
 * permission of that identity, and one that the foreign company lists too breaks company isolation.
 * The identity with neither permission is sent through the unfiltered doors and the first filtered
 * one.
 */
final class DoorSurvey {

  /** Page windows drawn at random, per identity. */
  static final int WINDOWS = 3;

  /** The most pages a door read again in smaller pages takes. */
  static final int MOST_PAGES_READ_AGAIN = 10;

  /** The identities that see projects: the one that sees them all first. */
  static final List<Role> SEEING = List.of(Role.BOTH, Role.VIEW, Role.VIEW_OTHER);

  /** {@code lt:V}, {@code V} and {@code gt:V} with one value V, on one unfiltered door. */
  record Split(
      FilterDefinition filter, Door list, List<Door> parts, List<FilterCriterion> criteria) {
    Split {
      parts = List.copyOf(parts);
      criteria = List.copyOf(criteria);
    }
  }

  /** A page window of a door, and the page it got (or why it got none). */
  record Window(
      Door door, long offset, long limit, Optional<Page> page, Optional<Evidence> error) {}

  /** A door read again in pages of {@code size}, and what came (or why nothing did). */
  record ReadAgain(Door door, long size, Optional<Listing> listing, Optional<Evidence> error) {}

  private final RunContext ctx;
  private final Random random;
  private final ForeignProjects foreign;
  private final Listing universe;
  private final List<Door> doors;
  private final Map<Role, Map<Door, Listing>> lists = new EnumMap<>(Role.class);
  private final Map<Role, Map<Door, Evidence>> unreadable = new EnumMap<>(Role.class);
  private final Map<Role, Set<Door>> breached = new EnumMap<>(Role.class);
  private final Map<Role, List<Evidence>> breaches = new EnumMap<>(Role.class);
  private final Map<Role, Map<FilterDefinition, Split>> splits = new EnumMap<>(Role.class);
  private final Map<Role, List<Window>> windows = new EnumMap<>(Role.class);
  private final Map<Role, ReadAgain> readAgain = new EnumMap<>(Role.class);
  private final List<Evidence> foreignHits = new ArrayList<>();
  private final Map<Door, Exchange> noneAnswers = new LinkedHashMap<>();

  private DoorSurvey(RunContext ctx, Random random, ForeignProjects foreign) {
    this.ctx = ctx;
    this.random = random;
    this.foreign = foreign;
    this.universe = ctx.universe();
    this.doors = DoorSample.draw(ctx.semantics(), random, universe.items());
    for (Role role : Role.values()) {
      lists.put(role, new LinkedHashMap<>());
      unreadable.put(role, new LinkedHashMap<>());
      breached.put(role, new LinkedHashSet<>());
      breaches.put(role, new ArrayList<>());
      splits.put(role, new LinkedHashMap<>());
      windows.put(role, new ArrayList<>());
    }
  }

  /**
   * Sends every identity through the doors drawn from {@code seed}. Throws {@link Blocked} when the
   * list cannot be read page by page.
   */
  static DoorSurvey run(RunContext ctx, long seed, ForeignProjects foreign) {
    DoorSurvey survey = new DoorSurvey(ctx, new Random(seed), foreign);
    for (Role role : SEEING) {
      survey.doors.forEach(door -> survey.fetch(role, door));
    }
    for (Role role : SEEING) {
      for (FilterDefinition filter : ctx.contract().filters()) {
        survey.drawSplit(role, filter);
      }
      for (int i = 0; i < WINDOWS; i++) {
        survey.drawWindow(role);
      }
      survey.drawReadAgain(role);
    }
    survey.none();
    return survey;
  }

  /** The doors every identity was sent through, the unfiltered ones first. */
  List<Door> doors() {
    return doors;
  }

  /** Every door {@code role} was sent through: the shared ones, then its own split doors. */
  Set<Door> doorsOf(Role role) {
    return lists.get(role).keySet();
  }

  /** The list every project is in, as the identity with both permissions reads it. */
  Listing universe() {
    return universe;
  }

  ForeignProjects foreign() {
    return foreign;
  }

  /** The whole list {@code role} got through {@code door}, if it got one. */
  Optional<Listing> list(Role role, Door door) {
    return Optional.ofNullable(lists.get(role).get(door));
  }

  /** Why {@code role} got no list through {@code door}, if it got none. */
  Optional<Evidence> unreadable(Role role, Door door) {
    return Optional.ofNullable(unreadable.get(role).get(door));
  }

  /** Whether {@code role} was shown a project its permissions do not show through {@code door}. */
  boolean breached(Role role, Door door) {
    return breached.get(role).contains(door);
  }

  /** The first door through which {@code role} broke its scope among {@code among}, if any. */
  Optional<Door> breachAmong(Role role, List<Door> among) {
    return among.stream().filter(door -> breached(role, door)).findFirst();
  }

  /** Each answer that showed {@code role} projects its permissions do not show. */
  List<Evidence> breaches(Role role) {
    return breaches.get(role);
  }

  /** Each answer that showed a project of the foreign company. */
  List<Evidence> foreignHits() {
    return foreignHits;
  }

  Optional<Split> split(Role role, FilterDefinition filter) {
    return Optional.ofNullable(splits.get(role).get(filter));
  }

  List<Window> windows(Role role) {
    return windows.get(role);
  }

  Optional<ReadAgain> readAgain(Role role) {
    return Optional.ofNullable(readAgain.get(role));
  }

  /** What the identity with neither permission got through each door it was sent through. */
  Map<Door, Exchange> noneAnswers() {
    return noneAnswers;
  }

  private void fetch(Role role, Door door) {
    if (lists.get(role).containsKey(door) || unreadable.get(role).containsKey(door)) {
      return;
    }
    try {
      Listing listing = ctx.listings().all(role, door.parameters());
      lists.get(role).put(door, listing);
      for (Exchange exchange : listing.pages()) {
        judge(role, door, Listings.page(exchange));
      }
    } catch (TargetMisbehaved misbehaved) {
      unreadable.get(role).put(door, misbehaved.evidence());
    }
  }

  /** Each project on {@code page}: one the role may see, or a breach of its scope or isolation. */
  private void judge(Role role, Door door, Page page) {
    long person = ctx.config().identity(role).personId();
    Set<String> hidden = new LinkedHashSet<>();
    Set<String> elsewhere = new LinkedHashSet<>();
    for (JsonNode project : page.items()) {
      if (foreign.holds(project)) {
        elsewhere.add(ProjectIds.of(project));
      } else if (!ctx.semantics()
          .shows(role.visibilities(), ctx.semantics().owns(project, person))) {
        hidden.add(ProjectIds.of(project));
      }
    }
    String who = "`" + role.configName() + "`";
    if (!elsewhere.isEmpty()) {
      foreignHits.add(
          Evidence.of(
              page.exchange(),
              "only projects of "
                  + ctx.config().company()
                  + "; listed to "
                  + who
                  + " through "
                  + door
                  + ", "
                  + ProjectIds.describe(elsewhere)
                  + " are listed in "
                  + foreign.company()
                  + " too (field for field, as its foreignToken's user sees them)"));
    }
    if (!hidden.isEmpty()) {
      breached.get(role).add(door);
      breaches
          .get(role)
          .add(
              Evidence.of(
                  page.exchange(),
                  "through "
                      + door
                      + ", only projects that "
                      + who
                      + " may see ("
                      + rule(role, person)
                      + "); not so for "
                      + ProjectIds.describe(hidden)));
    }
  }

  /** What the role's permissions show, in words: {@code one of pm_id, account_id is 11}. */
  private String rule(Role role, long person) {
    String fields = String.join(", ", ctx.contract().access().ownerFields());
    Set<Visibility> sees = role.visibilities();
    if (sees.containsAll(List.of(Visibility.OWN, Visibility.OTHERS))) {
      return "every project";
    }
    if (sees.contains(Visibility.OWN)) {
      return "one of " + fields + " is " + person;
    }
    if (sees.contains(Visibility.OTHERS)) {
      return "none of " + fields + " is " + person;
    }
    return "no project";
  }

  /**
   * {@code lt:V}, {@code V} and {@code gt:V} for {@code filter}, with V one of the values of the
   * role's own list, on an unfiltered door drawn among those whose list holds such a value.
   */
  private void drawSplit(Role role, FilterDefinition filter) {
    if (!filter
        .operators()
        .containsAll(List.of(FilterOperator.LT, FilterOperator.EQ, FilterOperator.GT))) {
      return;
    }
    List<Door> useful = new ArrayList<>();
    for (Door door : DoorSample.unfiltered(ctx.contract().deletionFilter())) {
      if (list(role, door).map(l -> !withValue(filter, l).isEmpty()).orElse(false)) {
        useful.add(door);
      }
    }
    if (useful.isEmpty()) {
      return;
    }
    Door door = useful.get(random.nextInt(useful.size()));
    List<FilterProbe> values =
        FilterProbes.forOperator(
                filter, FilterOperator.EQ, withValue(filter, list(role, door).orElseThrow()))
            .stream()
            .filter(FilterProbe::boundary)
            .toList();
    if (values.isEmpty()) {
      return;
    }
    FilterProbe equal = values.get(random.nextInt(values.size()));
    List<Door> parts = new ArrayList<>();
    List<FilterCriterion> criteria = new ArrayList<>();
    for (FilterOperator operator :
        List.of(FilterOperator.LT, FilterOperator.EQ, FilterOperator.GT)) {
      FilterCriterion criterion = new FilterCriterion(filter, operator, equal.criterion().value());
      Door part = door.with(new FilterProbe(criterion, operator.format(equal.value()), true));
      criteria.add(criterion);
      parts.add(part);
      fetch(role, part);
    }
    splits.get(role).put(filter, new Split(filter, door, parts, criteria));
  }

  /** The projects of {@code listing} that have a value {@code filter} can compare. */
  List<JsonNode> withValue(FilterDefinition filter, Listing listing) {
    return listing.items().stream().filter(p -> ctx.semantics().hasValue(filter, p)).toList();
  }

  /** A window of a door drawn at random among those that list a project to the role. */
  private void drawWindow(Role role) {
    List<Door> useful =
        doors.stream().filter(d -> list(role, d).map(l -> l.size() > 0).orElse(false)).toList();
    if (useful.isEmpty()) {
      return;
    }
    Door door = useful.get(random.nextInt(useful.size()));
    int size = list(role, door).orElseThrow().size();
    long pageSize = ctx.listings().pageSize();
    long offset = random.nextInt(size);
    long limit = 1 + random.nextInt((int) Math.min(pageSize, size));
    Map<String, String> query =
        door.window(
            ctx.contract().limit().parameter(), limit, ctx.contract().offset().parameter(), offset);
    try {
      Page page = ctx.listings().page(role, query);
      judge(role, door, page);
      windows.get(role).add(new Window(door, offset, limit, Optional.of(page), Optional.empty()));
    } catch (TargetMisbehaved misbehaved) {
      windows
          .get(role)
          .add(
              new Window(
                  door, offset, limit, Optional.empty(), Optional.of(misbehaved.evidence())));
    }
  }

  /**
   * The longest door of the role read again in pages of a size drawn at random, at most {@value
   * #MOST_PAGES_READ_AGAIN} pages.
   */
  private void drawReadAgain(Role role) {
    Optional<Door> longest =
        doors.stream()
            .filter(d -> list(role, d).isPresent())
            .max(java.util.Comparator.comparingInt(d -> list(role, d).orElseThrow().size()));
    if (longest.isEmpty()) {
      return;
    }
    Door door = longest.get();
    int count = list(role, door).orElseThrow().size();
    if (count < 3) {
      readAgain.put(role, new ReadAgain(door, 0, Optional.empty(), Optional.empty()));
      return;
    }
    long largest = Math.min(ctx.listings().pageSize() - 1, count - 1L);
    long smallest = Math.max(2, (count + MOST_PAGES_READ_AGAIN - 1) / MOST_PAGES_READ_AGAIN);
    long size =
        smallest >= largest ? smallest : smallest + random.nextInt((int) (largest - smallest + 1));
    try {
      Listing listing = ctx.listings().read(role, door.parameters(), size);
      for (Exchange exchange : listing.pages()) {
        judge(role, door, Listings.page(exchange));
      }
      readAgain.put(role, new ReadAgain(door, size, Optional.of(listing), Optional.empty()));
    } catch (TargetMisbehaved misbehaved) {
      readAgain.put(
          role, new ReadAgain(door, size, Optional.empty(), Optional.of(misbehaved.evidence())));
    }
  }

  /** The identity with neither permission, through the unfiltered doors and a filtered one. */
  private void none() {
    List<Door> tried = new ArrayList<>(DoorSample.unfiltered(ctx.contract().deletionFilter()));
    doors.stream().filter(Door::filtered).findFirst().ifPresent(tried::add);
    for (Door door : tried) {
      noneAnswers.put(door, ctx.client().send(ctx.requests().as(Role.NONE, door.parameters())));
    }
  }
}
