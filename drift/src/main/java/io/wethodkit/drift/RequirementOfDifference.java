package io.wethodkit.drift;

import io.wethodkit.conformance.catalogue.ContractParameters;
import io.wethodkit.conformance.config.Role;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.FilterValueType;
import java.util.List;
import java.util.Locale;

/**
 * Names the catalogue requirement that a minimised difference concerns, so that it takes that
 * requirement's level: what is left in the smallest request that still shows the difference says
 * which behaviour it is (a header change, a caller, an invalid value, a filter and operator, a page
 * parameter, or none of them: the defaults).
 */
final class RequirementOfDifference {

  private final Contract contract;

  RequirementOfDifference(Contract contract) {
    this.contract = contract;
  }

  String of(DriftRequest request, Mismatch mismatch, Observation target, Observation mock) {
    if (mismatch.kind() == Mismatch.Kind.CONTENT_TYPE) {
      return "PRJ-CONTENT-TYPE";
    }
    if (!target.failuresWellFormed()) {
      return "PRJ-SCHEMA-" + target.status();
    }
    List<QueryParam> invalid = request.params().stream().filter(p -> !p.valid()).toList();
    Caller caller = request.caller();
    boolean sendsProjects = target.status() == 200 && !target.ids().isEmpty();
    if (!caller.authenticates() && (!request.headerChanges().isEmpty() || !invalid.isEmpty())) {
      return request.headerChanges().isEmpty()
          ? "PRJ-PRECEDENCE-401-OVER-400"
          : request.headerChanges().get(0).status() == 412
              ? "PRJ-PRECEDENCE-401-OVER-412"
              : "PRJ-PRECEDENCE-401-OVER-403";
    }
    if (!request.headerChanges().isEmpty()) {
      return headerRequirement(request, invalid, sendsProjects);
    }
    if (!caller.isBoth()) {
      return callerRequirement(caller, invalid, target, sendsProjects);
    }
    if (!invalid.isEmpty()) {
      return validationRequirement(invalid, mismatch, target);
    }
    return queryRequirement(request, target, mock);
  }

  private static String headerRequirement(
      DriftRequest request, List<QueryParam> invalid, boolean sendsProjects) {
    List<HeaderChange> changes = request.headerChanges();
    boolean precondition = changes.stream().anyMatch(c -> c.status() == 412);
    boolean access = changes.stream().anyMatch(c -> c.status() == 403);
    if (precondition && access) {
      return "PRJ-PRECEDENCE-412-OVER-403";
    }
    if (!invalid.isEmpty()) {
      return precondition ? "PRJ-PRECEDENCE-412-OVER-400" : "PRJ-PRECEDENCE-403-OVER-400";
    }
    HeaderChange change = changes.get(0);
    return switch (change.cause()) {
      case HeaderChanges.MISSING_COMPANY -> "PRJ-PRECONDITION-COMPANY-MISSING";
      case HeaderChanges.MISSING_VERSION -> "PRJ-PRECONDITION-VERSION-MISSING";
      case HeaderChanges.MALFORMED_VERSION -> "PRJ-PRECONDITION-VERSION-MALFORMED";
      case HeaderChanges.UNSUPPORTED_VERSION -> "PRJ-PRECONDITION-VERSION-UNSUPPORTED";
      case HeaderChanges.FOREIGN_COMPANY ->
          sendsProjects ? "PRJ-ISOLATION-FOREIGN-COMPANY" : "PRJ-FORBIDDEN-NO-COMPANY-ACCESS";
      default -> sendsProjects ? "PRJ-ISOLATION-UNKNOWN-COMPANY" : "PRJ-FORBIDDEN-UNKNOWN-COMPANY";
    };
  }

  private static String callerRequirement(
      Caller caller, List<QueryParam> invalid, Observation target, boolean sendsProjects) {
    if (caller.role().filter(role -> role == Role.NONE).isPresent() && !invalid.isEmpty()) {
      return "PRJ-PRECEDENCE-403-OVER-400";
    }
    return switch (caller.name()) {
      case Callers.MISSING_AUTHORIZATION ->
          target.status() == 401 ? "PRJ-AUTH-MISSING" : "PRJ-AUTH-REQUIRED";
      case Callers.UNKNOWN_TOKEN ->
          target.status() == 401 ? "PRJ-AUTH-UNKNOWN-TOKEN" : "PRJ-AUTH-REQUIRED";
      case Callers.WRONG_SCHEME -> "PRJ-AUTH-WRONG-SCHEME";
      case Callers.REVOKED -> "PRJ-AUTH-REVOKED-TOKEN";
      case Callers.LOWER_CASE_SCHEME -> "PRJ-AUTH-SCHEME-CASE";
      default -> roleRequirement(caller.role().orElse(Role.BOTH), sendsProjects);
    };
  }

  private static String roleRequirement(Role role, boolean sendsProjects) {
    return switch (role) {
      case VIEW -> "PRJ-PERM-VIEW";
      case VIEW_OTHER -> "PRJ-PERM-VIEW-OTHER";
      case NONE -> sendsProjects ? "PRJ-PERM-NONE" : "PRJ-FORBIDDEN-NO-PERMISSION";
      case BOTH -> "PRJ-PERM-BOTH";
    };
  }

  private String validationRequirement(
      List<QueryParam> invalid, Mismatch mismatch, Observation target) {
    if (invalid.size() > 1 && mismatch.kind() == Mismatch.Kind.FAILURES) {
      return "PRJ-VALIDATION-ALL-FAILURES";
    }
    QueryParam first = invalid.get(0);
    if (first.kind() == QueryParam.Kind.LIMIT
        && target.status() == 200
        && contract.limit().maximum().isPresent()
        && exceeds(first.value(), contract.limit().maximum().getAsLong())) {
      // The page states the maximum, not what a larger value gets: a page capped at the maximum
      // is legal, and only the contract's 400 is missing.
      return target.ids().size() > contract.limit().maximum().getAsLong()
          ? "PRJ-LIMIT-MAX"
          : "PRJ-VALIDATION-LIMIT-STRICT";
    }
    return "PRJ-VALIDATION-"
        + ContractParameters.idPart(first.name())
        + (first.validity() == QueryParam.Validity.OUTSIDE ? "" : "-STRICT");
  }

  private static boolean exceeds(String value, long maximum) {
    try {
      return Long.parseLong(value) > maximum;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private String queryRequirement(DriftRequest request, Observation target, Observation mock) {
    List<QueryParam> params = request.params();
    if (!params.isEmpty() && target.ids().size() > limitOf(params)) {
      // More projects than the page may hold: the limit is not applied, whatever else is asked.
      return DriftRun.PAGING;
    }
    if (params.stream().map(QueryParam::name).distinct().count() < params.size()) {
      return "PRJ-VALIDATION-REPEATED";
    }
    if (params.stream().anyMatch(p -> p.kind() == QueryParam.Kind.UNKNOWN)) {
      return "PRJ-VALIDATION-UNKNOWN-IGNORED";
    }
    List<QueryParam> filters =
        params.stream().filter(p -> p.kind() == QueryParam.Kind.FILTER).toList();
    if (filters.size() > 1) {
      return "PRJ-FILTER-AND";
    }
    if (filters.size() == 1) {
      return filterRequirement(filters.get(0));
    }
    if (params.stream().anyMatch(p -> p.kind() == QueryParam.Kind.OFFSET)) {
      return mock.ids().isEmpty() ? "PRJ-OFFSET-PAST-END" : "PRJ-OFFSET";
    }
    if (params.stream().anyMatch(p -> p.kind() == QueryParam.Kind.LIMIT)) {
      return "PRJ-LIMIT-HONOURED";
    }
    for (QueryParam param : params) {
      if (param.kind() == QueryParam.Kind.DELETION) {
        return "PRJ-DELETED-" + ContractParameters.idPart(param.value());
      }
    }
    return target.ids().size() != mock.ids().size() && oneWindowsTheOther(target, mock)
        ? "PRJ-LIMIT-DEFAULT"
        : "PRJ-DELETED-DEFAULT";
  }

  /** The limit a request's valid parameters set: its {@code limit}, or the contract's default. */
  private long limitOf(List<QueryParam> params) {
    return params.stream()
        .filter(p -> p.kind() == QueryParam.Kind.LIMIT)
        .map(QueryParam::value)
        .mapToLong(Long::parseLong)
        .findFirst()
        .orElse(contract.limit().defaultValue());
  }

  /** One list holds only projects of the other: a page of another size, not other projects. */
  private static boolean oneWindowsTheOther(Observation target, Observation mock) {
    return mock.ids().containsAll(target.ids()) || target.ids().containsAll(mock.ids());
  }

  private String filterRequirement(QueryParam filter) {
    FilterOperator operator = filter.operator().orElse(FilterOperator.EQ);
    String base =
        "PRJ-FILTER-"
            + ContractParameters.idPart(filter.name())
            + "-"
            + operator.contractName().toUpperCase(Locale.ROOT);
    boolean dateTime =
        contract
            .filter(filter.name())
            .map(f -> f.type() == FilterValueType.DATE_TIME)
            .orElse(false);
    return dateTime && operator == FilterOperator.EQ && !filter.value().endsWith("Z")
        ? base + "-OFFSET"
        : base;
  }
}
