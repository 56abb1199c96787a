package io.wethodkit.mock.coverage;

import io.wethodkit.contract.Visibility;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.endpoint.AnswerFacts;
import io.wethodkit.mock.endpoint.Trace;
import io.wethodkit.mock.store.Identity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who can list which company (the grants the other requests build on), the plain list and the
 * permission scopes, and each deletion value.
 */
final class ListRequests extends RequestFinder {

  ListRequests(ProbeSearch search) {
    super(search);
  }

  @Override
  void find() {
    grants();
    deletion();
  }

  private void grants() {
    for (Identity identity : active) {
      for (String slug : identity.permissions().keySet()) {
        if (data.company(slug).isEmpty()) {
          continue;
        }
        Trace trace = explain(Probe.as(identity, slug, version, ""));
        if (trace.status() == 200) {
          AnswerFacts facts = trace.facts();
          pairs.add(new ProbeSearch.Pair(identity, slug, facts.scope(), version));
        }
      }
    }
    // The widest view first: the base of the other requests sees the most projects.
    pairs.sort(Comparator.comparingInt((ProbeSearch.Pair p) -> -p.scope().size()));
    for (ProbeSearch.Pair pair : pairs) {
      if (!wants("200") && !wants("scope.")) {
        break;
      }
      tryProbe(
          pair.base()
              .targets("200", "scope.")
              .note(pair.identity().name() + " " + sees(pair) + "."));
    }
    String noList =
        "No identity can list a company's projects: give one a permission of "
            + String.join(", ", contract.access().permissions().keySet())
            + " in a company ("
            + route(AdminRouteTable.Permissions.SET)
            + ").";
    reason("200", noList);
    reason("page.", noList);
    reason("deleted.", noList);
    reason("filter.", noList);
    reason("400.", noList + " A 400 is answered only once a call passes the other checks.");
    reason("metadata.", noList);
    Map<Visibility, List<String>> grantedBy = new EnumMap<>(Visibility.class);
    contract
        .access()
        .permissions()
        .forEach(
            (permission, sees) ->
                grantedBy.computeIfAbsent(sees, s -> new ArrayList<>()).add(permission));
    grantedBy.forEach(
        (sees, permissions) ->
            reason(
                "scope." + sees.contractName(),
                "No identity holds "
                    + String.join(" or ", permissions)
                    + " alone in a company: give one just that ("
                    + route(AdminRouteTable.Permissions.SET)
                    + ")."));
    reason(
        "scope.both",
        "No identity holds "
            + grantedBy.values().stream()
                .map(p -> String.join(" or ", p))
                .collect(Collectors.joining(" and "))
            + " in one company: give one all of them ("
            + route(AdminRouteTable.Permissions.SET)
            + ").");
  }

  private String sees(ProbeSearch.Pair pair) {
    return "sees "
        + pair.scope().stream()
            .sorted()
            .map(v -> Behaviours.projects(v, contract))
            .collect(Collectors.joining(" and "))
        + " in "
        + pair.company();
  }

  private void deletion() {
    if (!wants("deleted.") || pairs.isEmpty()) {
      return;
    }
    Probe base = pairs.get(0).base().targets("deleted.");
    var deletion = contract.deletionFilter();
    deletion
        .scopes()
        .forEach(
            (value, scope) -> {
              if (wantsExactly("deleted." + value)) {
                tryProbe(
                    base.query(
                        deletion.parameter() + "=" + encode(value),
                        "Keeps " + scope.contractName() + " projects."));
              }
            });
  }
}
