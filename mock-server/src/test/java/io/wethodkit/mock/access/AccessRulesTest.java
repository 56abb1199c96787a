package io.wethodkit.mock.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.Visibility;
import io.wethodkit.contract.semantics.Semantics;
import io.wethodkit.mock.endpoint.EndpointRequest;
import io.wethodkit.mock.endpoint.Grant;
import io.wethodkit.mock.endpoint.Outcome;
import io.wethodkit.mock.endpoint.RequestTarget;
import io.wethodkit.mock.store.Company;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.Identity;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.store.Project;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Authentication, preconditions, company access and visibility on their own. */
class AccessRulesTest {

  private static final Contract CONTRACT = Contract.bundled();
  private static final Company ACME = new Company("acme", "Acme", List.of());
  private static final Identity VIEW =
      new Identity("view", "", "tok-view", 11, false, Map.of("acme", Set.of("pipeline.view")));
  private static final Identity OTHER =
      new Identity(
          "other", "", "tok-other", 12, false, Map.of("acme", Set.of("pipeline.view_other")));
  private static final Identity NONE =
      new Identity("none", "", "tok-none", 14, false, Map.of("acme", Set.of()));
  private static final Identity GONE =
      new Identity("gone", "", "tok-gone", 16, true, Map.of("acme", Set.of("pipeline.view")));
  private static final Dataset DATA =
      new Dataset(
          List.of(ACME, new Company("globex", "Globex", List.of())),
          Map.of(),
          List.of(VIEW, OTHER, NONE, GONE));

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      nullValues = "NULL",
      value = {
        "NULL, missing-authorization",
        "'   ', missing-authorization",
        "Basic dG9rLXZpZXc=, wrong-scheme",
        "Bearer, wrong-scheme",
        "'Bearer   ', wrong-scheme",
        "Bearertok-view, wrong-scheme",
        "tok-view, wrong-scheme",
        "Bearer tok-nope, unknown-token",
        "Bearer TOK-VIEW, unknown-token",
        "Bearer tok-gone, unknown-token",
        "Bearer tok-view extra, unknown-token",
        "Bearer tok-view, OK",
        "bearer tok-view, OK",
        "BEARER   tok-view, OK",
      })
  void authenticatesBearerTokens(String authorization, String cause) {
    Map<String, String> headers = new HashMap<>();
    if (authorization != null) {
      headers.put("authorization", authorization);
    }
    Outcome<Identity> outcome =
        new BearerAuthenticator(CONTRACT).authenticate(EndpointRequest.of("", headers), DATA);
    if (cause.equals("OK")) {
      assertThat(outcome.value()).isEqualTo(VIEW);
    } else {
      assertThat(outcome.refusal().orElseThrow().cause()).isEqualTo(cause);
      assertThat(outcome.refusal().orElseThrow().status()).isEqualTo(401);
      assertThat(outcome.refusal().orElseThrow().message())
          .isEqualTo(CONTRACT.error(401).messageFor(cause));
    }
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(
      nullValues = "NULL",
      value = {
        "NULL, 2024-06-15, missing-company",
        "'', 2024-06-15, missing-company",
        "acme, NULL, missing-version",
        "acme, ' ', missing-version",
        "acme, 2024-6-15, malformed-version",
        "acme, 2024-02-30, malformed-version",
        "acme, 20240615, malformed-version",
        "acme, 2024-06-16, unsupported-version",
        "acme, 2024-06-15, OK",
        "initech, 2024-06-15, OK",
      })
  void checksTheRequiredHeaders(String company, String version, String cause) {
    Map<String, String> headers = new HashMap<>();
    if (company != null) {
      headers.put("wethod-company", company);
    }
    if (version != null) {
      headers.put("WETHOD-VERSION", version);
    }
    Outcome<RequestTarget> outcome =
        new HeaderPreconditions(CONTRACT).check(EndpointRequest.of("", headers));
    if (cause.equals("OK")) {
      assertThat(outcome.value()).isEqualTo(new RequestTarget(company, version));
    } else {
      assertThat(outcome.refusal().orElseThrow().cause()).isEqualTo(cause);
      assertThat(outcome.refusal().orElseThrow().status()).isEqualTo(412);
    }
  }

  @Test
  void grantsByPermissionsAndAnswersUnknownAndInaccessibleCompaniesAlike() {
    PermissionAccess access = new PermissionAccess(CONTRACT);
    assertThat(access.grant(VIEW, new RequestTarget("acme", "v"), DATA).value().visibilities())
        .containsExactly(Visibility.OWN);
    assertThat(access.grant(OTHER, new RequestTarget("acme", "v"), DATA).value().visibilities())
        .containsExactly(Visibility.OTHERS);
    assertThat(
            access
                .grant(NONE, new RequestTarget("acme", "v"), DATA)
                .refusal()
                .orElseThrow()
                .cause())
        .isEqualTo("no-permission");
    var unknown =
        access.grant(VIEW, new RequestTarget("initech", "v"), DATA).refusal().orElseThrow();
    var inaccessible =
        access.grant(VIEW, new RequestTarget("globex", "v"), DATA).refusal().orElseThrow();
    assertThat(unknown).isEqualTo(inaccessible);
    assertThat(unknown.status()).isEqualTo(403);
  }

  private static Project owned(Integer pm, Integer account) {
    ObjectNode node = Json.object().put("id", 1);
    if (pm == null) {
      node.putNull("pm_id");
    } else {
      node.put("pm_id", pm);
    }
    if (account == null) {
      node.putNull("account_id");
    } else {
      node.put("account_id", account);
    }
    return Project.of(node);
  }

  @Test
  void showsOwnProjectsByOwnerFieldsAndOthersByTheirAbsence() {
    OwnerVisibility visibility = new OwnerVisibility(Semantics.of(CONTRACT));
    var own = visibility.visibleTo(new Grant(VIEW, ACME, Set.of(Visibility.OWN)));
    var others = visibility.visibleTo(new Grant(VIEW, ACME, Set.of(Visibility.OTHERS)));
    var all =
        visibility.visibleTo(new Grant(VIEW, ACME, Set.of(Visibility.OWN, Visibility.OTHERS)));
    for (Project project : List.of(owned(11, null), owned(20, 11), owned(11, 11))) {
      assertThat(own.test(project)).isTrue();
      assertThat(others.test(project)).isFalse();
      assertThat(all.test(project)).isTrue();
    }
    for (Project project : List.of(owned(20, null), owned(20, 21), owned(null, null))) {
      assertThat(own.test(project)).isFalse();
      assertThat(others.test(project)).isTrue();
      assertThat(all.test(project)).isTrue();
    }
  }
}
