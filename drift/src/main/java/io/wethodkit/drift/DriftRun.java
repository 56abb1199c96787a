package io.wethodkit.drift;

import io.wethodkit.conformance.catalogue.Catalogue;
import io.wethodkit.conformance.client.Exchange;
import io.wethodkit.conformance.client.QueryString;
import io.wethodkit.conformance.client.TargetClient;
import io.wethodkit.conformance.client.TargetRequest;
import io.wethodkit.conformance.config.TargetConfig;
import io.wethodkit.conformance.runner.ConformanceRunner;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.DeletionScope;
import io.wethodkit.mock.store.Dataset;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A differential run: the target's whole list is loaded into the kit's mock, then both get the same
 * generated requests and every difference is grouped, minimised and named by the requirement it
 * concerns. The list is read again at the end: a target whose data changed meanwhile is reported as
 * such, and its differences are not held against it.
 */
public final class DriftRun {

  /** Requests minimisation may send in a whole run, on top of the generated ones. */
  private static final int MINIMISATION_BUDGET = 150;

  /** The listing prerequisite: every comparison of lists rests on reading them page by page. */
  static final String PAGING = "PRJ-PAGING-CONCAT";

  private final Contract contract;
  private final Catalogue catalogue;
  private final PrintStream console;
  private final ListReader reader;

  public DriftRun(Contract contract, Catalogue catalogue, PrintStream console) {
    this.contract = contract;
    this.catalogue = catalogue;
    this.console = console;
    this.reader = new ListReader(contract);
  }

  public DriftOutcome execute(TargetConfig config, DriftSettings settings) {
    try (TargetClient target =
        new TargetClient(config.baseUrl(), contract.path(), config.timeout())) {
      target.stopAfter(Instant.now().plus(ConformanceRunner.overallLimit(config.timeout())));
      return execute(config, settings, target);
    }
  }

  private DriftOutcome execute(TargetConfig config, DriftSettings settings, TargetClient target) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(contract.headers().companyHeader(), config.company());
    headers.put(contract.headers().versionHeader(), config.version());
    Callers callers = new Callers(contract, config, settings.seed());
    TargetRequest universe =
        new DriftRequest(callers.both(), List.of(), List.of())
            .toTarget(headers)
            .withQuery(
                QueryString.empty()
                    .add(
                        contract.deletionFilter().parameter(),
                        contract.deletionFilter().valueFor(DeletionScope.ALL)));
    console.println("Drift: reading the target's whole list to load it into the mock");
    WholeList before = reader.read(target, universe);
    List<String> notes = new ArrayList<>();
    if (!before.readable()) {
      notes.add("The target's whole list could not be read: " + before.problem().get());
      return new DriftOutcome(
          settings.seed(),
          0,
          before.items().size(),
          false,
          false,
          notes,
          List.of(unreadable(before)));
    }
    List<Difference> early = new ArrayList<>(schemaDifferences(before));
    boolean stable = orderStable(target, universe, before).map(early::add).isEmpty();
    Optional<Difference> unpaged =
        stable ? pagesConcatenate(target, universe, before) : Optional.empty();
    if (unpaged.isPresent()) {
      // Every comparison reads pages of the mirrored list: with pages that do not add up to one
      // list, the mirror itself is wrong, so the prerequisite is blamed and nothing else.
      notes.add(
          "Pages of another size do not add up to the same list: no request was compared, since"
              + " every comparison rests on reading the list page by page.");
      early.add(unpaged.get());
      return new DriftOutcome(
          settings.seed(), 0, before.items().size(), false, false, notes, early);
    }
    Dataset dataset = MirrorDataset.of(contract, config, before.items());
    try (MirrorServer mirror = new MirrorServer(contract, config, dataset)) {
      WholeList modelled = reader.read(mirror.client(), universe);
      boolean orderKnown = stable && modelled.ids().equals(before.ids());
      AnswerComparison comparison = new AnswerComparison(orderKnown);
      Sender sender =
          new Sender(
              target,
              mirror.client(),
              headers,
              comparison,
              reader,
              contract.limit().defaultValue());
      DifferenceGroups groups =
          new DifferenceGroups(
              catalogue,
              new RequirementOfDifference(contract),
              new Minimiser(sender::send, callers.both(), MINIMISATION_BUDGET));
      early.forEach(groups::add);
      List<DriftRequest> requests =
          new RequestGenerator(contract, config, before.items(), settings.seed())
              .generate(settings.requests());
      console.println(
          "Drift: "
              + requests.size()
              + " requests (seed "
              + settings.seed()
              + ") on "
              + before.items().size()
              + " projects, order "
              + (orderKnown ? "the mock's" : "not the mock's: ids compared as sets"));
      int compared = 0;
      for (DriftRequest request : requests) {
        Comparison result = sender.send(request);
        if (result.notSent()) {
          notes.add("Stopped after " + compared + " requests: " + result.targetExchange().error());
          break;
        }
        compared++;
        if (result.mismatch().isPresent()) {
          groups.add(result);
        }
      }
      WholeList after = reader.read(target, universe);
      boolean changed = after.readable() && !before.items().equals(after.items());
      if (!after.readable()) {
        notes.add(
            "The target's whole list could not be read again at the end ("
                + after.problem().get()
                + "): whether its data changed during the run is not known.");
      } else if (changed) {
        notes.add(
            stable
                ? "The target's data changed during the run (its whole list, read again at the"
                    + " end, differs): the differences may come from that and are not held against"
                    + " it."
                : "The target's whole list, read again page by page at the end, differs: with an"
                    + " unstable order the pages cannot be read reliably, so the differences may"
                    + " come from that and are not held against it.");
      }
      return new DriftOutcome(
          settings.seed(),
          compared,
          before.items().size(),
          orderKnown,
          changed,
          notes,
          groups.all());
    }
  }

  private List<Difference> schemaDifferences(WholeList list) {
    List<Difference> out = new ArrayList<>();
    new SchemaDrift(contract)
        .problems(list.items())
        .forEach(
            (requirement, problems) ->
                out.add(
                    new Difference(
                        "project schema · " + requirement,
                        requirement,
                        DifferenceGroups.level(catalogue, requirement),
                        problems.size(),
                        request(list.firstPage()),
                        "both",
                        new Difference.Answer(list.firstPage().status(), problems.get(0)),
                        new Difference.Answer(200, "projects valid against the contract's schema"),
                        problems.size() + " problem(s) in the target's list; the first shown")));
    return out;
  }

  /** The first page asked again: the same projects in the same order, or a difference. */
  private Optional<Difference> orderStable(
      TargetClient target, TargetRequest universe, WholeList list) {
    Observation first = Observation.of(list.firstPage());
    Observation again = Observation.of(target.send(reader.page(universe, 0)));
    if (!again.answered() || first.ids().equals(again.ids())) {
      return Optional.empty();
    }
    return Optional.of(
        new Difference(
            "order · both · 200/200",
            "PRJ-ORDER-STABLE",
            DifferenceGroups.level(catalogue, "PRJ-ORDER-STABLE"),
            1,
            request(list.firstPage()),
            "both",
            DifferenceGroups.answer(again),
            DifferenceGroups.answer(first),
            "the same request twice gave different sequences; the mock's order is stable"));
  }

  /** The same list read in smaller pages: the same ids in the same order, or a difference. */
  private Optional<Difference> pagesConcatenate(
      TargetClient target, TargetRequest universe, WholeList list) {
    WholeList smaller = reader.read(target, universe, reader.pageSize() / 2 + 1);
    if (smaller.readable() && smaller.ids().equals(list.ids())) {
      return Optional.empty();
    }
    return Optional.of(
        new Difference(
            "paging · both · 200/200",
            PAGING,
            DifferenceGroups.level(catalogue, PAGING),
            1,
            request(smaller.firstPage()),
            "both",
            new Difference.Answer(
                Observation.of(smaller.firstPage()).status(),
                smaller.readable()
                    ? smaller.ids().size() + " projects in pages of " + (reader.pageSize() / 2 + 1)
                    : smaller.problem().orElse("")),
            new Difference.Answer(
                200, list.ids().size() + " projects in pages of " + reader.pageSize()),
            "the list read in pages of two sizes differs: pages do not concatenate to one list"));
  }

  private static Difference.Request request(Exchange exchange) {
    return new Difference.Request(exchange.requestLine(), exchange.requestHeaders());
  }

  private Difference unreadable(WholeList list) {
    Observation seen = Observation.of(list.firstPage());
    String requirement = PAGING;
    return new Difference(
        "whole list · both · " + (seen.answered() ? seen.status() : "none") + "/200",
        requirement,
        DifferenceGroups.level(catalogue, requirement),
        1,
        request(list.firstPage()),
        "both",
        DifferenceGroups.answer(seen),
        new Difference.Answer(200, "the whole list, page by page"),
        list.problem().orElse(""));
  }
}
