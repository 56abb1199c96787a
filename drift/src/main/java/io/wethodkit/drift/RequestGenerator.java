package io.wethodkit.drift;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.conformance.catalogue.ContractParameters;
import io.wethodkit.conformance.catalogue.GrammarParameter;
import io.wethodkit.conformance.checks.InvalidValues;
import io.wethodkit.conformance.config.Role;
import io.wethodkit.conformance.config.TargetConfig;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.PageParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Generates drift requests from the contract: its query parameters ({@code x-filter}, {@code
 * x-deletion-filter}, {@code x-pagination}) with valid values taken from the data and invalid ones,
 * its headers and the causes of its error answers, and every identity of the config. The first
 * requests visit every caller, each identity that sees part of the list through each deletion value
 * and filter, every header change, operator and parameter; the rest combine them at random. The
 * same seed gives the same requests.
 */
final class RequestGenerator {

  private static final String UNKNOWN_PARAMETER = "drift_unknown";

  /** How many times the tour sends each operator of each filter, with a new value each time. */
  private static final int VALID_ROUNDS = 2;

  private final Contract contract;
  private final List<GrammarParameter> parameters;
  private final InvalidValues invalid;
  private final FilterValues values;
  private final Callers callers;
  private final List<HeaderChange> headerChanges;
  private final int listSize;
  private final Random random;

  RequestGenerator(Contract contract, TargetConfig config, List<JsonNode> items, long seed) {
    this.contract = contract;
    this.parameters = ContractParameters.of(contract);
    this.invalid = new InvalidValues(contract);
    this.values = new FilterValues(items, contract.deletionFilter().field());
    this.random = new Random(seed);
    this.callers = new Callers(contract, config, random.nextLong());
    this.headerChanges = new HeaderChanges(contract, config, random.nextLong()).all();
    this.listSize = items.size();
  }

  /** {@code count} requests: the tour of the contract first, then random combinations. */
  List<DriftRequest> generate(int count) {
    List<DriftRequest> out = new ArrayList<>(tour());
    while (out.size() < count) {
      out.add(randomRequest());
    }
    return List.copyOf(out.subList(0, count));
  }

  /**
   * Every caller and header change once, then rounds over the parameters: in each, every operator
   * of every filter with a new value from the data, every deletion value, a page, and the next
   * invalid value of each parameter, until the invalid values run out.
   */
  private List<DriftRequest> tour() {
    List<DriftRequest> tour = new ArrayList<>();
    Caller both = callers.both();
    tour.add(request(both, List.of(), List.of()));
    for (Caller caller : callers.all()) {
      if (!caller.isBoth()) {
        tour.add(request(caller, List.of(), List.of()));
      }
    }
    tour.addAll(scopedDoors());
    headerChanges.forEach(change -> tour.add(request(both, List.of(change), List.of())));
    // As many rounds as the longest list of values outside the documented ones; the rest of the
    // ungrammatical values come at random.
    int rounds = VALID_ROUNDS;
    for (GrammarParameter parameter : parameters) {
      rounds = Math.max(rounds, invalid.outside(parameter).size());
    }
    for (int round = 0; round < rounds; round++) {
      for (GrammarParameter parameter : parameters) {
        if (round < VALID_ROUNDS) {
          validEach(parameter, round == 0)
              .forEach(valid -> tour.add(request(both, List.of(), withScope(List.of(valid)))));
        }
        nth(invalid.outside(parameter), round)
            .ifPresent(
                value ->
                    tour.add(
                        request(
                            both,
                            List.of(),
                            List.of(invalid(parameter, value, QueryParam.Validity.OUTSIDE)))));
        nth(invalid.ungrammatical(parameter), round)
            .ifPresent(
                value ->
                    tour.add(
                        request(
                            both,
                            List.of(),
                            List.of(
                                invalid(parameter, value, QueryParam.Validity.UNGRAMMATICAL)))));
      }
      if (round == 0 && parameters.size() >= 2) {
        tour.add(
            request(
                both,
                List.of(),
                List.of(
                    invalid(parameters.get(0), QueryParam.Validity.OUTSIDE),
                    invalid(parameters.get(parameters.size() - 1), QueryParam.Validity.OUTSIDE))));
        tour.add(request(both, List.of(), List.of(unknown())));
        tour.addAll(precedence());
      }
    }
    return tour;
  }

  /**
   * Each identity that sees part of the list, through every door to it: each deletion value and
   * each filter, for scoping forgotten on one code path is the usual leak.
   */
  private List<DriftRequest> scopedDoors() {
    List<DriftRequest> out = new ArrayList<>();
    for (Caller caller : callers.all()) {
      boolean partial =
          caller.authenticates()
              && caller.role().filter(role -> role.visibilities().size() == 1).isPresent();
      if (!partial) {
        continue;
      }
      for (GrammarParameter parameter : parameters) {
        if (parameter.kind() == GrammarParameter.Kind.DELETION
            || parameter.kind() == GrammarParameter.Kind.FILTER) {
          validEach(parameter, true)
              .forEach(value -> out.add(request(caller, List.of(), withScope(List.of(value)))));
        }
      }
    }
    return out;
  }

  /**
   * Each refusal together with a weaker one: a caller that does not authenticate or may see
   * nothing, and each header change, each with an invalid value; a header change from a caller that
   * does not authenticate.
   */
  private List<DriftRequest> precedence() {
    List<DriftRequest> out = new ArrayList<>();
    List<QueryParam> bad = List.of(invalid(pick(parameters), QueryParam.Validity.OUTSIDE));
    for (Caller caller : callers.all()) {
      if (!caller.authenticates() || caller.role().filter(r -> r == Role.NONE).isPresent()) {
        out.add(request(caller, List.of(), bad));
      }
    }
    for (HeaderChange change : headerChanges) {
      out.add(request(callers.both(), List.of(change), bad));
    }
    callers.all().stream()
        .filter(caller -> !caller.authenticates())
        .findFirst()
        .ifPresent(
            caller ->
                headerChanges.forEach(
                    change -> out.add(request(caller, List.of(change), List.of()))));
    return out;
  }

  private static Optional<String> nth(List<String> values, int n) {
    return n < values.size() ? Optional.of(values.get(n)) : Optional.empty();
  }

  private DriftRequest randomRequest() {
    Caller caller = random.nextInt(100) < 65 ? callers.both() : pick(callers.all());
    List<HeaderChange> changes = new ArrayList<>();
    if (!headerChanges.isEmpty() && random.nextInt(100) < 12) {
      changes.add(pick(headerChanges));
    }
    List<QueryParam> query = new ArrayList<>();
    List<GrammarParameter> pool = new ArrayList<>(parameters);
    int count = random.nextInt(4);
    for (int i = 0; i < count && !pool.isEmpty(); i++) {
      GrammarParameter parameter = pool.remove(random.nextInt(pool.size()));
      int roll = random.nextInt(100);
      query.add(
          roll < 82
              ? valid(parameter)
              : invalid(
                  parameter,
                  roll < 93 ? QueryParam.Validity.OUTSIDE : QueryParam.Validity.UNGRAMMATICAL));
    }
    if (random.nextInt(100) < 3) {
      query.add(unknown());
    }
    if (!query.isEmpty() && random.nextInt(100) < 3) {
      QueryParam again = query.get(random.nextInt(query.size()));
      query.add(again);
    }
    return request(caller, changes, withScope(query));
  }

  /**
   * A filter on the soft-delete marker matches only soft-deleted projects: mostly give it a scope
   * that holds some.
   */
  private List<QueryParam> withScope(List<QueryParam> query) {
    String deletion = contract.deletionFilter().parameter();
    boolean onMarker =
        query.stream()
            .anyMatch(
                p ->
                    p.kind() == QueryParam.Kind.FILTER
                        && contract
                            .filter(p.name())
                            .map(f -> f.field().equals(contract.deletionFilter().field()))
                            .orElse(false));
    boolean scoped = query.stream().anyMatch(p -> p.name().equals(deletion));
    if (!onMarker || scoped || random.nextInt(100) >= 75) {
      return query;
    }
    List<String> scopes = new ArrayList<>(contract.deletionFilter().scopes().keySet());
    scopes.remove(contract.deletionFilter().defaultValue());
    List<QueryParam> out = new ArrayList<>(query);
    out.add(
        new QueryParam(
            deletion,
            pick(scopes),
            QueryParam.Kind.DELETION,
            QueryParam.Validity.VALID,
            Optional.empty()));
    return out;
  }

  /**
   * A valid value for each operator or value of the parameter; {@code held}: as the data has it.
   */
  private List<QueryParam> validEach(GrammarParameter parameter, boolean held) {
    List<QueryParam> out = new ArrayList<>();
    switch (parameter.kind()) {
      case FILTER -> {
        FilterDefinition filter = parameter.filter().orElseThrow();
        for (FilterOperator operator : filter.operators()) {
          out.add(
              held
                  ? new QueryParam(
                      parameter.name(),
                      operator.format(values.heldValue(filter, random)),
                      QueryParam.Kind.FILTER,
                      QueryParam.Validity.VALID,
                      Optional.of(operator))
                  : filter(parameter, filter, operator));
        }
      }
      case DELETION ->
          contract
              .deletionFilter()
              .scopes()
              .keySet()
              .forEach(
                  value ->
                      out.add(
                          new QueryParam(
                              parameter.name(),
                              value,
                              QueryParam.Kind.DELETION,
                              QueryParam.Validity.VALID,
                              Optional.empty())));
      default -> out.add(valid(parameter));
    }
    return out;
  }

  private QueryParam valid(GrammarParameter parameter) {
    return switch (parameter.kind()) {
      case FILTER -> {
        FilterDefinition filter = parameter.filter().orElseThrow();
        yield filter(parameter, filter, pick(filter.operators()));
      }
      case DELETION ->
          new QueryParam(
              parameter.name(),
              pick(new ArrayList<>(contract.deletionFilter().scopes().keySet())),
              QueryParam.Kind.DELETION,
              QueryParam.Validity.VALID,
              Optional.empty());
      case LIMIT -> page(parameter, contract.limit(), QueryParam.Kind.LIMIT);
      case OFFSET -> page(parameter, contract.offset(), QueryParam.Kind.OFFSET);
    };
  }

  private QueryParam filter(
      GrammarParameter parameter, FilterDefinition filter, FilterOperator operator) {
    return new QueryParam(
        parameter.name(),
        operator.format(values.operand(filter, random)),
        QueryParam.Kind.FILTER,
        QueryParam.Validity.VALID,
        Optional.of(operator));
  }

  /** A page parameter: a bound, a small value, or one around the list's length. */
  private QueryParam page(GrammarParameter parameter, PageParameter page, QueryParam.Kind kind) {
    long low = page.minimum();
    long high = page.maximum().orElse(Math.max(low, listSize + 10L));
    long value =
        switch (random.nextInt(5)) {
          case 0 -> low;
          case 1 -> high;
          case 2 -> Math.min(high, low + listSize);
          case 3 -> Math.min(high, low + Math.max(0, listSize - 1 - random.nextInt(3)));
          default -> low + random.nextInt((int) Math.min(Integer.MAX_VALUE - 1, high - low + 1));
        };
    return new QueryParam(
        parameter.name(), String.valueOf(value), kind, QueryParam.Validity.VALID, Optional.empty());
  }

  private QueryParam invalid(GrammarParameter parameter, QueryParam.Validity validity) {
    List<String> candidates =
        validity == QueryParam.Validity.OUTSIDE
            ? invalid.outside(parameter)
            : invalid.ungrammatical(parameter);
    return invalid(parameter, pick(candidates), validity);
  }

  private static QueryParam invalid(
      GrammarParameter parameter, String value, QueryParam.Validity validity) {
    return new QueryParam(parameter.name(), value, kindOf(parameter), validity, Optional.empty());
  }

  private static QueryParam.Kind kindOf(GrammarParameter parameter) {
    return switch (parameter.kind()) {
      case FILTER -> QueryParam.Kind.FILTER;
      case DELETION -> QueryParam.Kind.DELETION;
      case LIMIT -> QueryParam.Kind.LIMIT;
      case OFFSET -> QueryParam.Kind.OFFSET;
    };
  }

  private QueryParam unknown() {
    return new QueryParam(
        UNKNOWN_PARAMETER,
        "1",
        QueryParam.Kind.UNKNOWN,
        QueryParam.Validity.VALID,
        Optional.empty());
  }

  private static DriftRequest request(
      Caller caller, List<HeaderChange> changes, List<QueryParam> query) {
    return new DriftRequest(caller, changes, query);
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
