package io.wethodkit.mock.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.contract.DeletionScope;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.FilterValueType;
import io.wethodkit.contract.semantics.FieldFailure;
import io.wethodkit.mock.endpoint.Refusal;
import io.wethodkit.mock.endpoint.Trace;
import io.wethodkit.mock.store.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A 400 for each query parameter and each kind of mistake, and a list for each filter and operator,
 * its operand a value a project holds where it can be.
 */
final class QueryRequests extends RequestFinder {

  QueryRequests(ProbeSearch search) {
    super(search);
  }

  @Override
  void find() {
    validation();
    filters();
  }

  private void validation() {
    if (!wants("400.") || pairs.isEmpty()) {
      return;
    }
    Probe base = pairs.get(0).base().targets("400.");
    List<String> parameters = List.copyOf(contract.queryParameters());
    for (String parameter : parameters) {
      if (wantsExactly("400." + parameter)) {
        tryInvalid(base, parameter, parameter + "=" + invalidValue(parameter));
      }
    }
    for (FieldFailure.Kind kind : FieldFailure.Kind.values()) {
      String id = "400." + Behaviours.KIND + kind.id();
      for (String parameter : parameters) {
        if (!wantsExactly(id)) {
          break;
        }
        mistake(kind, parameter).ifPresent(query -> tryInvalid(base, parameter, query));
      }
    }
  }

  private void tryInvalid(Probe base, String parameter, String query) {
    Trace trace = explain(base.query(query, ""));
    String message =
        trace.refusal().map(Refusal::failures).orElse(List.of()).stream()
            .filter(failure -> failure.field().equals(parameter))
            .map(FieldFailure::message)
            .findFirst()
            .orElse("is refused");
    tryProbe(base.query(query, parameter + " " + message + "."));
  }

  private Optional<String> mistake(FieldFailure.Kind kind, String parameter) {
    return switch (kind) {
      case INVALID -> Optional.empty();
      case REPEATED -> Optional.of(parameter + "=1&" + parameter + "=1");
      case EMPTY -> Optional.of(parameter + "=");
      case UNDECODABLE -> Optional.of(parameter + "=%FF");
      case PLUS_AS_SPACE ->
          contract
              .filter(parameter)
              .filter(f -> f.type() == FilterValueType.DATE_TIME)
              .map(f -> parameter + "=2024-01-01T20:00:00+02:00");
    };
  }

  private String invalidValue(String parameter) {
    String value = "invalid";
    while (contract.deletionFilter().parameter().equals(parameter)
        && contract.deletionFilter().scopes().containsKey(value)) {
      value = value + "-value";
    }
    return value;
  }

  private void filters() {
    if (!wants("filter.") || pairs.isEmpty()) {
      return;
    }
    ProbeSearch.Pair pair = pairs.get(0);
    Probe base = pair.base().targets("filter.");
    Optional<Project> sample =
        explain(base).selection().flatMap(s -> s.page().stream().findFirst());
    for (FilterDefinition filter : contract.filters()) {
      for (FilterOperator operator : filter.operators()) {
        String id = "filter." + filter.parameter() + "." + operator.contractName();
        if (!wantsExactly(id)) {
          continue;
        }
        String deletion = deletionFor(filter);
        for (String operand : operands(filter, sample)) {
          String query =
              filter.parameter()
                  + "="
                  + encode(operator.format(operand))
                  + (deletion.isEmpty() ? "" : "&" + deletion);
          Trace trace = explain(base.query(query, ""));
          if (trace.status() != 200) {
            continue;
          }
          int listed = trace.facts().listed();
          tryProbe(
              base.query(
                  query,
                  filter.parameter()
                      + " with "
                      + operator.contractName()
                      + " "
                      + operand
                      + ": "
                      + listed
                      + (listed == 1 ? " project" : " projects")
                      + " of "
                      + pair.company()
                      + " on the page."));
          if (!wantsExactly(id)) {
            break;
          }
        }
      }
    }
  }

  /** For a filter on the deletion field, the deletion value that keeps deleted projects. */
  private String deletionFor(FilterDefinition filter) {
    var deletion = contract.deletionFilter();
    if (!filter.field().equals(deletion.field())
        || !deletion.scopes().containsValue(DeletionScope.DELETED)) {
      return "";
    }
    return deletion.parameter() + "=" + encode(deletion.valueFor(DeletionScope.DELETED));
  }

  /** A value a project on the page holds, then one of the filter's type. */
  private List<String> operands(FilterDefinition filter, Optional<Project> sample) {
    List<String> operands = new ArrayList<>(2);
    sample
        .map(project -> project.field(filter.field()))
        .filter(value -> value.isTextual() || value.isIntegralNumber())
        .map(JsonNode::asText)
        .ifPresent(operands::add);
    operands.add(
        switch (filter.type()) {
          case INTEGER -> {
            long low = filter.minimum().orElse(0);
            long high = filter.maximum().orElse(low + 100);
            yield String.valueOf(low + (high - low) / 2);
          }
          case DATE -> "2024-01-01";
          case DATE_TIME -> "2024-01-01T00:00:00Z";
        });
    return operands;
  }
}
