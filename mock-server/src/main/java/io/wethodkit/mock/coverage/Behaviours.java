package io.wethodkit.mock.coverage;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.ContractException;
import io.wethodkit.contract.DeletionFilter;
import io.wethodkit.contract.DeletionScope;
import io.wethodkit.contract.ErrorAnswer;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.FilterValueType;
import io.wethodkit.contract.Visibility;
import io.wethodkit.contract.semantics.FieldFailure;
import io.wethodkit.mock.endpoint.AnswerFacts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The endpoint's behaviours, derived from the contract, and which of them an answer meets. Nothing
 * here lists a behaviour: each error answer's {@code x-error-causes}, each query parameter, each
 * {@code x-filter} and its operators, each {@code x-deletion-filter} value, the {@code
 * x-pagination} parameters and their bounds and each scope of {@code x-required-permissions} make
 * their own, so a filter added to the contract adds its operators here.
 *
 * <p>{@link #classify} runs on every answer: it looks values up in tables built once, with no
 * allocation.
 */
public final class Behaviours {

  /** The id prefix of the kinds of mistake a 400 tells apart, beside {@code 400.<parameter>}. */
  static final String KIND = "kind.";

  private static final int NONE = -1;

  private final List<Behaviour> all = new ArrayList<>();
  private final Map<String, Behaviour> byId = new LinkedHashMap<>();
  private final int listed;
  private final Map<Integer, Map<String, Integer>> causes = new HashMap<>();
  private final Map<String, Integer> invalidParameters = new HashMap<>();
  private final int[] failureKinds = filled(FieldFailure.Kind.values().length);
  private final Map<String, int[]> filterOperators = new HashMap<>();
  private final int[] deletion = filled(DeletionScope.values().length);
  private final int defaultLimit;
  private final int laterPage;
  private final int lastShortPage;
  private final int pastEnd;
  private final int maxLimit;
  private final int[] scopes;
  private final int metadata;
  private final int preflight;

  private Behaviours(Contract contract) {
    Operation operation = contract.openApi().getPaths().get(contract.path()).getGet();
    listed = add("200", "200 " + description(operation, 200, "OK"), "A list of projects answered.");
    for (ErrorAnswer error : contract.errorAnswers()) {
      Map<String, Integer> byCause = new HashMap<>();
      String family = error.status() + " " + description(operation, error.status(), error.key());
      error
          .causes()
          .forEach(
              (cause, message) ->
                  byCause.put(cause, add(error.status() + "." + cause, family, message)));
      causes.put(error.status(), byCause);
    }
    String invalid = "400 " + description(operation, 400, "Bad request");
    for (String parameter : contract.queryParameters()) {
      invalidParameters.put(
          parameter,
          add(
              "400." + parameter,
              invalid,
              "A 400 that lists " + parameter + " among its failures."));
    }
    boolean dateTimeFilter =
        contract.filters().stream().anyMatch(f -> f.type() == FilterValueType.DATE_TIME);
    for (FieldFailure.Kind kind : FieldFailure.Kind.values()) {
      if (kind != FieldFailure.Kind.INVALID
          && (kind != FieldFailure.Kind.PLUS_AS_SPACE || dateTimeFilter)) {
        failureKinds[kind.ordinal()] = add("400." + KIND + kind.id(), invalid, kindText(kind));
      }
    }
    for (FilterDefinition filter : contract.filters()) {
      int[] operators = filled(FilterOperator.values().length);
      for (FilterOperator operator : filter.operators()) {
        operators[operator.ordinal()] =
            add(
                "filter." + filter.parameter() + "." + operator.contractName(),
                "Filters",
                "A list filtered with "
                    + filter.parameter()
                    + "="
                    + operator.format(placeholder(filter.type()))
                    + (filter.field().equals(filter.parameter())
                        ? "."
                        : " (on " + filter.field() + ")."));
      }
      filterOperators.put(filter.parameter(), operators);
    }
    DeletionFilter deletions = contract.deletionFilter();
    deletions
        .scopes()
        .forEach(
            (value, scope) ->
                deletion[scope.ordinal()] =
                    add(
                        "deleted." + value,
                        "Deletion status",
                        "A list served with "
                            + deletions.parameter()
                            + "="
                            + value
                            + (value.equals(deletions.defaultValue())
                                ? " (or without " + deletions.parameter() + ")"
                                : "")
                            + ": "
                            + scope.contractName()
                            + " projects."));
    String pages = "Pagination";
    String limit = contract.limit().parameter();
    String offset = contract.offset().parameter();
    defaultLimit =
        add(
            "page.default-limit",
            pages,
            "A page of the default size: no "
                + limit
                + ", so "
                + contract.limit().defaultValue()
                + " at most.");
    laterPage =
        add(
            "page.later",
            pages,
            "A page after the first: " + offset + " greater than 0, and projects on it.");
    lastShortPage =
        add(
            "page.last-short",
            pages,
            "The last page of a list, shorter than " + limit + " but not empty.");
    pastEnd =
        add(
            "page.past-end",
            pages,
            "An empty page: " + offset + " at or past the end of the list.");
    maxLimit =
        contract.limit().maximum().isPresent()
            ? add(
                "page.max-limit",
                pages,
                "The largest page: " + limit + "=" + contract.limit().maximum().getAsLong() + ".")
            : NONE;
    scopes = scopes(contract);
    metadata =
        add(
            "metadata.present",
            "Project metadata",
            "A list showing a project with a metadata field (metadata_<id>).");
    preflight =
        add(
            "cors.preflight",
            "CORS",
            "A CORS preflight (OPTIONS) of "
                + contract.path()
                + " granted to a web page's origin, as a browser sends before a call.");
  }

  /** The behaviours of {@code contract}. */
  public static Behaviours of(Contract contract) {
    return new Behaviours(contract);
  }

  /** Every behaviour, in catalog order. */
  public List<Behaviour> all() {
    return List.copyOf(all);
  }

  public int size() {
    return all.size();
  }

  public Optional<Behaviour> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Behaviour get(int index) {
    return all.get(index);
  }

  /** The behaviour a granted CORS preflight of the endpoint meets. */
  int preflight() {
    return preflight;
  }

  /** Tells {@code sink} each behaviour that an answer of these {@code facts} meets. */
  public void classify(AnswerFacts facts, IndexSink sink) {
    if (facts.status() != 200) {
      refusal(facts, sink);
      return;
    }
    sink.met(listed);
    for (AnswerFacts.FilterUse use : facts.filters()) {
      int[] operators = filterOperators.get(use.parameter());
      if (operators != null) {
        meet(sink, operators[use.operator().ordinal()]);
      }
    }
    if (facts.deletion() != null) {
      meet(sink, deletion[facts.deletion().ordinal()]);
    }
    if (facts.defaultLimit()) {
      meet(sink, defaultLimit);
    }
    // An empty page past the end starts after the first project too, but is no later page.
    if (facts.laterPage() && facts.listed() > 0) {
      meet(sink, laterPage);
    }
    if (facts.shortPage()) {
      meet(sink, lastShortPage);
    }
    if (facts.pastEnd()) {
      meet(sink, pastEnd);
    }
    // The default may be the largest too; only a client that asks for it meets it.
    if (facts.maxLimit() && facts.limitGiven()) {
      meet(sink, maxLimit);
    }
    int mask = 0;
    for (Visibility visibility : facts.scope()) {
      mask |= 1 << visibility.ordinal();
    }
    meet(sink, scopes[mask]);
    if (facts.metadataShown()) {
      meet(sink, metadata);
    }
  }

  private void refusal(AnswerFacts facts, IndexSink sink) {
    Map<String, Integer> byCause = causes.get(facts.status());
    if (byCause != null && facts.cause() != null) {
      Integer index = byCause.get(facts.cause());
      if (index != null) {
        sink.met(index);
      }
    }
    for (String parameter : facts.invalidParameters()) {
      Integer index = invalidParameters.get(parameter);
      if (index != null) {
        sink.met(index);
      }
    }
    for (FieldFailure.Kind kind : facts.failureKinds()) {
      meet(sink, failureKinds[kind.ordinal()]);
    }
  }

  /** Receives the index of each behaviour an answer meets. */
  @FunctionalInterface
  public interface IndexSink {
    void met(int index);
  }

  private static void meet(IndexSink sink, int index) {
    if (index != NONE) {
      sink.met(index);
    }
  }

  /**
   * {@code scope.<sees>} for each scope one permission grants alone, and {@code scope.both} for all
   * of them at once; indexed by the bit set of the scopes a grant holds.
   */
  private int[] scopes(Contract contract) {
    int[] byMask = filled(1 << Visibility.values().length);
    Map<Visibility, List<String>> grantedBy = new EnumMap<>(Visibility.class);
    contract
        .access()
        .permissions()
        .forEach(
            (permission, sees) ->
                grantedBy.computeIfAbsent(sees, s -> new ArrayList<>()).add(permission));
    String family = "Permission scope";
    for (Map.Entry<Visibility, List<String>> entry : grantedBy.entrySet()) {
      Visibility sees = entry.getKey();
      byMask[1 << sees.ordinal()] =
          add(
              "scope." + sees.contractName(),
              family,
              "A list for a user who sees only "
                  + projects(sees, contract)
                  + " ("
                  + String.join(" or ", entry.getValue())
                  + ").");
    }
    if (grantedBy.size() > 1) {
      int mask = 0;
      for (Visibility sees : grantedBy.keySet()) {
        mask |= 1 << sees.ordinal();
      }
      Set<Visibility> all = EnumSet.copyOf(grantedBy.keySet());
      byMask[mask] =
          add(
              "scope.both",
              family,
              "A list for a user who sees "
                  + all.stream()
                      .map(v -> projects(v, contract))
                      .collect(Collectors.joining(" and "))
                  + " ("
                  + grantedBy.values().stream()
                      .map(permissions -> String.join(" or ", permissions))
                      .collect(Collectors.joining(" and "))
                  + ").");
    }
    return byMask;
  }

  /** The projects a scope shows, in words, e.g. "their own projects (pm_id or account_id)". */
  static String projects(Visibility sees, Contract contract) {
    String owners = String.join(" or ", contract.access().ownerFields());
    return switch (sees) {
      case OWN -> "their own projects (" + owners + " is theirs)";
      case OTHERS -> "the projects of others";
    };
  }

  private int add(String id, String family, String description) {
    if (byId.containsKey(id)) {
      throw new ContractException(
          "two behaviours of the contract would be named '"
              + id
              + "': rename a query parameter, filter operator or error cause");
    }
    Behaviour behaviour = new Behaviour(all.size(), id, family, description);
    all.add(behaviour);
    byId.put(id, behaviour);
    return behaviour.index();
  }

  private static String description(Operation operation, int status, String otherwise) {
    ApiResponse response =
        operation.getResponses() == null ? null : operation.getResponses().get("" + status);
    return response == null || response.getDescription() == null
        ? otherwise
        : response.getDescription();
  }

  private static String kindText(FieldFailure.Kind kind) {
    return switch (kind) {
      case INVALID -> "A value that is not of its parameter's form.";
      case REPEATED -> "A 400 for a parameter given more than once.";
      case EMPTY -> "A 400 for a parameter given with an empty value.";
      case UNDECODABLE -> "A 400 for a value that is not valid percent-encoding of UTF-8 text.";
      case PLUS_AS_SPACE ->
          "A 400 for a date-time whose offset's + was sent raw, so read as a space (send %2B).";
    };
  }

  private static String placeholder(FilterValueType type) {
    return switch (type) {
      case INTEGER -> "N";
      case DATE -> "D";
      case DATE_TIME -> "T";
    };
  }

  private static int[] filled(int length) {
    int[] out = new int[length];
    Arrays.fill(out, NONE);
    return out;
  }
}
