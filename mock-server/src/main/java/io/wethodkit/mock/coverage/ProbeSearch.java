package io.wethodkit.mock.coverage;

import io.wethodkit.contract.Contract;
import io.wethodkit.contract.Visibility;
import io.wethodkit.mock.client.AdminRoute;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.endpoint.ProjectsEndpoint;
import io.wethodkit.mock.endpoint.Trace;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.Identity;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One search for ready requests over one snapshot of the data: the behaviours still wanted, the
 * request found for each one met so far, why the others cannot be, and the grants (identity and
 * company) the requests build on. A request is taken for a behaviour only once the endpoint's
 * answer to it, served without being recorded, met that behaviour.
 */
final class ProbeSearch {

  private final Contract contract;
  private final Behaviours behaviours;
  private final ProjectsEndpoint endpoint;
  private final Dataset data;
  private final BitSet remaining;
  private final Map<Integer, ReadyRequests.Found> found = new HashMap<>();
  private final Map<String, String> reasons = new HashMap<>();
  private final String version;
  private final List<Identity> active;
  private final List<Pair> pairs = new ArrayList<>();

  ProbeSearch(
      Contract contract,
      Behaviours behaviours,
      ProjectsEndpoint endpoint,
      Dataset data,
      BitSet wanted) {
    this.contract = contract;
    this.behaviours = behaviours;
    this.endpoint = endpoint;
    this.data = data;
    this.remaining = (BitSet) wanted.clone();
    List<String> versions = contract.headers().supportedVersions();
    this.version = versions.isEmpty() ? null : versions.get(0);
    this.active = data.identities().stream().filter(i -> !i.revoked()).toList();
  }

  /** One identity's grant in one company, and the version every request sends. */
  record Pair(Identity identity, String company, Set<Visibility> scope, String version) {

    /** The plain list request of this identity in this company. */
    Probe base() {
      return Probe.as(identity, company, version, "");
    }
  }

  Contract contract() {
    return contract;
  }

  Behaviours behaviours() {
    return behaviours;
  }

  Dataset data() {
    return data;
  }

  /** The version every request sends (the contract's first), or null when it lists none. */
  String version() {
    return version;
  }

  /** The identities whose tokens are not revoked. */
  List<Identity> active() {
    return active;
  }

  /** The grants found so far, the widest first once {@link ListRequests} has run. */
  List<Pair> pairs() {
    return pairs;
  }

  boolean done() {
    return remaining.isEmpty();
  }

  /** Whether a behaviour whose id starts with {@code prefix} is still wanted. */
  boolean wants(String prefix) {
    return remaining.stream().anyMatch(index -> behaviours.get(index).id().startsWith(prefix));
  }

  boolean wantsExactly(String id) {
    return behaviours.byId(id).map(b -> remaining.get(b.index())).orElse(false);
  }

  Trace explain(Probe probe) {
    return endpoint.explain(probe.request(contract.headers()));
  }

  /** Serves {@code probe} and takes it for each wanted behaviour of its targets it meets. */
  Trace tryProbe(Probe probe) {
    Trace trace = explain(probe);
    BitSet met = new BitSet();
    behaviours.classify(trace.facts(), met::set);
    met.and(remaining);
    met.stream()
        .filter(index -> probe.aimsAt(behaviours.get(index).id()))
        .forEach(
            index -> take(behaviours.get(index), probe.ready(contract.path(), contract.headers())));
    return trace;
  }

  /** Takes {@code request} for {@code behaviour} without serving it (a preflight). */
  void take(Behaviour behaviour, io.wethodkit.mock.client.Coverage.Request request) {
    found.put(behaviour.index(), new ReadyRequests.Found(request, null));
    remaining.clear(behaviour.index());
  }

  /** Why the behaviours whose ids start with {@code prefix} cannot be met, if none is found. */
  void reason(String prefix, String text) {
    reasons.put(prefix, text);
  }

  /** The request found, or the reason (the most precise prefix's), for every wanted behaviour. */
  Map<Integer, ReadyRequests.Found> results() {
    Map<Integer, ReadyRequests.Found> out = new HashMap<>(found);
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
              out.put(index, new ReadyRequests.Found(null, reason));
            });
    return out;
  }

  /** E.g. {@code PUT /__admin/projects-mock/identities/{name}/permissions/{company}}. */
  static String route(AdminRoute<?, ?> route) {
    return route.method() + " " + AdminRouteTable.ADMIN_PATH + route.template();
  }

  /** A query value percent-encoded, its operator's colon kept readable. */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":");
  }
}
