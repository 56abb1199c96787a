package io.wethodkit.mock.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.DeletionScope;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.FilterValueType;
import io.wethodkit.contract.HeaderRules;
import io.wethodkit.contract.PageParameter;
import io.wethodkit.contract.Visibility;
import io.wethodkit.contract.semantics.FieldFailure;
import io.wethodkit.mock.access.Causes;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.client.Coverage;
import io.wethodkit.mock.endpoint.AnswerFacts;
import io.wethodkit.mock.endpoint.ProjectsEndpoint;
import io.wethodkit.mock.endpoint.Refusal;
import io.wethodkit.mock.endpoint.Trace;
import io.wethodkit.mock.store.Company;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.Identity;
import io.wethodkit.mock.store.Project;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * For each behaviour never met, a request that meets it on the mock's current data, or why none
 * can. Requests are built from the data (its identities, their permissions, the companies, how many
 * projects each identity sees, the values projects hold) and the contract (parameters, operators,
 * bounds, headers and versions), then served by the endpoint itself without being recorded: a
 * request is offered only once the endpoint's answer to it met the behaviour.
 */
final class ReadyRequests {

  /** Page sizes tried for a last short page: the first that leaves a remainder wins. */
  private static final long[] SHORT_PAGE_SIZES = {10, 7, 3, 2};

  /** How many pages the search for a project with metadata reads at most, per identity. */
  private static final int METADATA_PAGES = 50;

  private final Contract contract;
  private final Behaviours behaviours;
  private final ProjectsEndpoint endpoint;
  private final HeaderRules headers;

  ReadyRequests(Contract contract, Behaviours behaviours, ProjectsEndpoint endpoint) {
    this.contract = contract;
    this.behaviours = behaviours;
    this.endpoint = endpoint;
    this.headers = contract.headers();
  }

  /** What was found for one behaviour: a ready request, or why there is none. */
  record Found(Coverage.Request request, String cannotMeet) {}

  /**
   * A ready request or a reason for each behaviour of {@code wanted} (indices), on {@code data}.
   */
  Map<Integer, Found> find(Dataset data, BitSet wanted) {
    Search search = new Search(data, wanted);
    if (!search.done()) {
      search.run();
    }
    return search.results();
  }

  /** One search over one snapshot of the data. */
  private final class Search {
    private final Dataset data;
    private final BitSet remaining;
    private final Map<Integer, Found> found = new HashMap<>();
    private final Map<String, String> reasons = new HashMap<>();
    private final String version;
    private final List<Identity> active;
    private final List<Pair> pairs = new ArrayList<>();

    Search(Dataset data, BitSet wanted) {
      this.data = data;
      this.remaining = (BitSet) wanted.clone();
      this.version =
          headers.supportedVersions().isEmpty() ? null : headers.supportedVersions().get(0);
      this.active = data.identities().stream().filter(i -> !i.revoked()).toList();
    }

    boolean done() {
      return remaining.isEmpty();
    }

    void run() {
      lists();
      if (!done()) refusals();
      if (!done()) validation();
      if (!done()) filters();
      if (!done()) deletion();
      if (!done()) pages();
      if (!done()) metadata();
      if (!done()) preflight();
    }

    Map<Integer, Found> results() {
      Map<Integer, Found> out = new HashMap<>(found);
      remaining.stream()
          .forEach(
              index -> {
                String id = behaviours.get(index).id();
                String reason =
                    reasons.entrySet().stream()
                        .filter(entry -> id.startsWith(entry.getKey()))
                        .max(Comparator.comparingInt(entry -> entry.getKey().length()))
                        .map(Map.Entry::getValue)
                        .orElse("No request built from the current data gets this answer.");
                out.put(index, new Found(null, reason));
              });
      return out;
    }

    private boolean wants(String prefix) {
      return remaining.stream().anyMatch(index -> behaviours.get(index).id().startsWith(prefix));
    }

    private boolean wantsExactly(String id) {
      return behaviours.byId(id).map(b -> remaining.get(b.index())).orElse(false);
    }

    /** Serves {@code probe} and takes it for each wanted behaviour of its targets it meets. */
    private Trace tryProbe(Probe probe) {
      Trace trace = endpoint.explain(probe.request(headers));
      BitSet met = new BitSet();
      behaviours.classify(trace.facts(), met::set);
      met.and(remaining);
      met.stream()
          .filter(index -> probe.aimsAt(behaviours.get(index).id()))
          .forEach(
              index -> {
                found.put(index, new Found(probe.ready(contract.path(), headers), null));
                remaining.clear(index);
              });
      return trace;
    }

    // --- Lists: who can list which company --------------------------------------------------

    private void lists() {
      for (Identity identity : active) {
        for (String slug : identity.permissions().keySet()) {
          if (data.company(slug).isEmpty()) {
            continue;
          }
          Trace trace = endpoint.explain(Probe.as(identity, slug, version, "").request(headers));
          if (trace.status() == 200) {
            AnswerFacts facts = trace.facts();
            pairs.add(new Pair(identity, slug, facts.scope(), version));
          }
        }
      }
      // The widest view first: the base of the other requests sees the most projects.
      pairs.sort(Comparator.comparingInt((Pair p) -> -p.scope().size()));
      for (Pair pair : pairs) {
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
      reasons.put("200", noList);
      reasons.put("page.", noList);
      reasons.put("deleted.", noList);
      reasons.put("filter.", noList);
      reasons.put("400.", noList + " A 400 is answered only once a call passes the other checks.");
      reasons.put("metadata.", noList);
      Map<Visibility, List<String>> grantedBy = grantedBy();
      grantedBy.forEach(
          (sees, permissions) ->
              reasons.put(
                  "scope." + sees.contractName(),
                  "No identity holds "
                      + String.join(" or ", permissions)
                      + " alone in a company: give one just that ("
                      + route(AdminRouteTable.Permissions.SET)
                      + ")."));
      reasons.put(
          "scope.both",
          "No identity holds "
              + grantedBy.values().stream()
                  .map(p -> String.join(" or ", p))
                  .collect(Collectors.joining(" and "))
              + " in one company: give one all of them ("
              + route(AdminRouteTable.Permissions.SET)
              + ").");
    }

    private String sees(Pair pair) {
      return "sees "
          + pair.scope().stream()
              .sorted()
              .map(Visibility::contractName)
              .collect(Collectors.joining(" and "))
          + " projects of "
          + pair.company();
    }

    // --- Refusals: each cause of the error answers ----------------------------------------------

    private void refusals() {
      String[] statuses =
          contract.errorAnswers().stream()
              .filter(error -> !error.causes().isEmpty())
              .map(error -> error.status() + ".")
              .toArray(String[]::new);
      if (Set.of(statuses).stream().noneMatch(this::wants)) {
        return;
      }
      String company =
          !pairs.isEmpty()
              ? pairs.get(0).company()
              : data.companies().stream().map(Company::slug).findFirst().orElse("company");
      Identity someone =
          !pairs.isEmpty() ? pairs.get(0).identity() : active.stream().findFirst().orElse(null);
      Probe anonymous =
          new Probe(null, null, company, version, "", "", List.of()).targets(statuses);
      tryProbe(anonymous.note("No Authorization header."));
      tryProbe(
          anonymous
              .authorization("Basic " + base64("mock:mock"))
              .note("The Authorization header uses the Basic scheme, not Bearer."));
      for (Identity revoked : data.identities()) {
        if (revoked.revoked()) {
          tryProbe(
              anonymous.identity(revoked).note("The token of " + revoked.name() + " is revoked."));
        }
      }
      tryProbe(
          anonymous
              .authorization("Bearer " + unknownToken())
              .note("A bearer token that no identity holds."));
      if (someone == null) {
        reasons.put(
            "412.",
            "No identity has a valid token: a 412 is answered only once a call is authenticated.");
        reasons.put(
            "403.",
            "No identity has a valid token: a 403 is answered only once a call is authenticated.");
        return;
      }
      Probe known = anonymous.identity(someone);
      String companyHeader = headers.companyHeader();
      String versionHeader = headers.versionHeader();
      tryProbe(known.company(null).note("No " + companyHeader + " header."));
      tryProbe(known.version(null).note("No " + versionHeader + " header."));
      if (version != null) {
        tryProbe(
            known
                .version(version.replace("-", ""))
                .note(versionHeader + " is not a date of the form YYYY-MM-DD."));
      }
      tryProbe(
          known
              .version(unsupportedVersion())
              .note(versionHeader + " names a version the contract does not list."));
      for (Identity identity : active) {
        for (Company other : data.companies()) {
          if (identity.permissionsIn(other.slug()).isEmpty()) {
            tryProbe(
                known
                    .identity(identity)
                    .company(other.slug())
                    .note(identity.name() + " has no access to " + other.slug() + "."));
            break;
          }
        }
      }
      tryProbe(
          known
              .company(unknownCompany())
              .note("No company has this slug (answered as one without access)."));
      for (Identity identity : active) {
        for (String slug : identity.permissions().keySet()) {
          boolean granted =
              pairs.stream()
                  .anyMatch(p -> p.identity().equals(identity) && p.company().equals(slug));
          if (!granted && data.company(slug).isPresent()) {
            tryProbe(
                known
                    .identity(identity)
                    .company(slug)
                    .note(
                        identity.name()
                            + " is a member of "
                            + slug
                            + " without "
                            + String.join(" or ", contract.access().permissions().keySet())
                            + "."));
          }
        }
      }
      reasons.put(
          "403." + Causes.NO_PERMISSION,
          "No identity is a member of a company without a permission: give one an empty list of"
              + " permissions in a company ("
              + route(AdminRouteTable.Permissions.SET)
              + " with [])");
    }

    // --- 400: each parameter and each kind of mistake -------------------------------------------

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
      Trace trace = endpoint.explain(base.query(query, "").request(headers));
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

    // --- Filters, deletion scopes --------------------------------------------------------------

    private void filters() {
      if (!wants("filter.") || pairs.isEmpty()) {
        return;
      }
      Pair pair = pairs.get(0);
      Probe base = pair.base().targets("filter.");
      Optional<Project> sample =
          endpoint
              .explain(base.request(headers))
              .selection()
              .flatMap(s -> s.page().stream().findFirst());
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
            Trace trace = endpoint.explain(base.query(query, "").request(headers));
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

    // --- Pages ---------------------------------------------------------------------------------

    private void pages() {
      if (!wants("page.") || pairs.isEmpty()) {
        return;
      }
      PageParameter limit = contract.limit();
      PageParameter offset = contract.offset();
      Probe base = pairs.get(0).base();
      // Each request is tried for its own behaviour only, so that its note says why it meets it.
      tryProbe(
          base.targets("page.default-limit")
              .note("No " + limit.parameter() + ": the default page size."));
      limit
          .maximum()
          .ifPresent(
              max ->
                  tryProbe(
                      base.targets("page.max-limit")
                          .query(
                              limit.parameter() + "=" + max,
                              "The largest " + limit.parameter() + " the contract allows.")));
      Pair counted = null;
      long count = 0;
      for (Pair candidate : pairs) {
        count = visible(candidate);
        if (count > 0) {
          counted = candidate;
          break;
        }
      }
      if (counted == null) {
        String none = "No identity sees any project: add projects, or permissions to see them.";
        reasons.put("page.later", none);
        reasons.put("page.last-short", none);
        reasons.put("page.past-end", none);
        return;
      }
      Probe seen = counted.base();
      String holds =
          counted.identity().name()
              + " sees "
              + count
              + (count == 1 ? " project" : " projects")
              + " of "
              + counted.company();
      long size = Math.max(limit.minimum(), Math.min(10, limit.maximum().orElse(10)));
      if (count > 1) {
        long step = count > size ? size : 1;
        tryProbe(
            seen.targets("page.later")
                .query(
                    limit.parameter() + "=" + step + "&" + offset.parameter() + "=" + step,
                    holds + ": the page after the first " + step + "."));
      } else {
        reasons.put("page.later", holds + ": there is no later page (add projects).");
      }
      for (long pageSize : SHORT_PAGE_SIZES) {
        if (!wantsExactly("page.last-short")) {
          break;
        }
        if (limit.read(String.valueOf(pageSize)).isEmpty() || count % pageSize == 0) {
          continue;
        }
        long start = count - count % pageSize;
        tryProbe(
            seen.targets("page.last-short")
                .query(
                    limit.parameter()
                        + "="
                        + pageSize
                        + (start == 0 ? "" : "&" + offset.parameter() + "=" + start),
                    holds
                        + ": from "
                        + start
                        + ", a page of "
                        + pageSize
                        + " holds the last "
                        + count % pageSize
                        + "."));
      }
      tryProbe(
          seen.targets("page.past-end")
              .query(
                  offset.parameter() + "=" + count,
                  holds + ": " + offset.parameter() + " " + count + " is past the end."));
    }

    /** How many projects {@code pair} sees by default, read page by page from the endpoint. */
    private long visible(Pair pair) {
      PageParameter limit = contract.limit();
      long chunk = Math.max(limit.minimum(), Math.min(100, limit.maximum().orElse(100)));
      Probe base = pair.base();
      // The smallest offset, a multiple of chunk, whose page is not full: then count = offset +
      // its size. Doubling, then halving, keeps a large dataset to a few dozen pages.
      long full = -1; // the greatest multiple known to hold a full page
      long step = 1;
      long notFull;
      while (true) {
        long at = (full + step) * chunk;
        int listed = listed(base, chunk, at);
        if (listed < chunk) {
          notFull = full + step;
          break;
        }
        full = full + step;
        step *= 2;
      }
      long low = full + 1;
      long high = notFull;
      while (low < high) {
        long middle = (low + high) / 2;
        if (listed(base, chunk, middle * chunk) < chunk) {
          high = middle;
        } else {
          low = middle + 1;
        }
      }
      return low * chunk + listed(base, chunk, low * chunk);
    }

    private int listed(Probe base, long chunk, long offset) {
      String query =
          contract.limit().parameter()
              + "="
              + chunk
              + "&"
              + contract.offset().parameter()
              + "="
              + offset;
      return endpoint.explain(base.query(query, "").request(headers)).facts().listed();
    }

    // --- Metadata ------------------------------------------------------------------------------

    private void metadata() {
      if (!wants("metadata.")) {
        return;
      }
      reasons.put(
          "metadata.",
          "No project that an identity sees carries a metadata field: give one a metadata_<id>"
              + " value ("
              + route(AdminRouteTable.Projects.UPDATE)
              + ").");
      PageParameter limit = contract.limit();
      long chunk = Math.max(limit.minimum(), Math.min(100, limit.maximum().orElse(100)));
      var deletion = contract.deletionFilter();
      String all =
          deletion.scopes().containsValue(DeletionScope.ALL)
              ? deletion.parameter() + "=" + encode(deletion.valueFor(DeletionScope.ALL)) + "&"
              : "";
      for (Pair pair : pairs) {
        Probe base = pair.base().targets("metadata.");
        for (int page = 0; page < METADATA_PAGES && wants("metadata."); page++) {
          String query =
              all
                  + limit.parameter()
                  + "="
                  + chunk
                  + (page == 0 ? "" : "&" + contract.offset().parameter() + "=" + page * chunk);
          Trace trace =
              tryProbe(base.query(query, "A project on this page carries a metadata field."));
          if (trace.facts().listed() < chunk) {
            break;
          }
        }
        if (!wants("metadata.")) {
          return;
        }
      }
    }

    // --- CORS ----------------------------------------------------------------------------------

    private void preflight() {
      behaviours
          .byId("cors.preflight")
          .filter(b -> remaining.get(b.index()))
          .ifPresent(
              b -> {
                Map<String, String> sent = new java.util.LinkedHashMap<>();
                sent.put("Origin", "http://localhost:5173");
                sent.put("Access-Control-Request-Method", "GET");
                sent.put(
                    "Access-Control-Request-Headers",
                    "authorization, "
                        + headers.companyHeader().toLowerCase(java.util.Locale.ROOT)
                        + ", "
                        + headers.versionHeader().toLowerCase(java.util.Locale.ROOT));
                found.put(
                    b.index(),
                    new Found(
                        new Coverage.Request(
                            "OPTIONS",
                            contract.path(),
                            "",
                            null,
                            null,
                            sent,
                            false,
                            "A browser sends it before a call from a page of another origin with"
                                + " these headers (the console's own calls need none); pages of"
                                + " loopback origins are always granted."),
                        null));
                remaining.clear(b.index());
              });
    }

    // --- Helpers -------------------------------------------------------------------------------

    private String unknownToken() {
      String token = "unknown-token";
      for (int n = 2; data.identityByToken(token).isPresent(); n++) {
        token = "unknown-token-" + n;
      }
      return token;
    }

    private String unknownCompany() {
      String slug = "no-such-company";
      for (int n = 2; data.company(slug).isPresent(); n++) {
        slug = "no-such-company-" + n;
      }
      return slug;
    }

    private String unsupportedVersion() {
      int year = 1999;
      while (headers.supportedVersions().contains(year + "-01-01")) {
        year--;
      }
      return year + "-01-01";
    }

    /** One identity's grant in one company, and the version every request sends. */
    private record Pair(Identity identity, String company, Set<Visibility> scope, String version) {

      /** The plain list request of this identity in this company. */
      Probe base() {
        return Probe.as(identity, company, version, "");
      }
    }
  }

  private Map<Visibility, List<String>> grantedBy() {
    Map<Visibility, List<String>> out = new java.util.EnumMap<>(Visibility.class);
    contract
        .access()
        .permissions()
        .forEach(
            (permission, sees) ->
                out.computeIfAbsent(sees, s -> new ArrayList<>()).add(permission));
    return out;
  }

  private static String route(io.wethodkit.mock.client.AdminRoute<?, ?> route) {
    return route.method() + " " + AdminRouteTable.ADMIN_PATH + route.template();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":");
  }

  private static String base64(String text) {
    return java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
