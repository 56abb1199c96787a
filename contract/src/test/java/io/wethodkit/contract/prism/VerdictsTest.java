package io.wethodkit.contract.prism;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.contract.Contract;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerdictsTest {

  private final Contract contract = Contract.bundled();
  private final Verdicts verdicts = new Verdicts(contract);

  private static Reply json(int status, String body, Map<String, List<String>> extra) {
    Map<String, List<String>> headers = new java.util.LinkedHashMap<>(extra);
    headers.put("content-type", List.of("application/json"));
    return new Reply(status, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  private static Reply json(int status, String body) {
    return json(status, body, Map.of());
  }

  private static Reply prism(int status, String type) {
    return new Reply(
        status,
        Map.of("content-type", List.of("application/problem+json")),
        ("{\"type\":\"" + Verdicts.PRISM_ERRORS + type + "\"}").getBytes(StandardCharsets.UTF_8));
  }

  private static Probe get(String query, String authorization) {
    return new Probe("GET", query, Map.of("Authorization", authorization), true, "test");
  }

  private static String invalid(String field) {
    return "{\"key\":\"invalid_data\",\"message\":\"m\",\"failures\":[{\"field\":\""
        + field
        + "\",\"message\":\"m\"}]}";
  }

  @Test
  void bothLettingThroughOrBothRefusingAgree() {
    Reply ok = json(200, "[]");
    assertThat(verdicts.compare(get("limit=1", "Bearer t"), ok, ok).kind())
        .isEqualTo(Verdicts.Kind.AGREED);
    assertThat(
            verdicts
                .compare(
                    get("limit=0", "Bearer t"),
                    json(400, invalid("limit")),
                    prism(422, "UNPROCESSABLE_ENTITY"))
                .kind())
        .isEqualTo(Verdicts.Kind.AGREED);
  }

  @Test
  void prismLettingThroughAFilterTheApiRefusesIsADisagreement() {
    Reply refused = json(400, invalid("probability"));
    assertThat(verdicts.compare(get("probability=101", "Bearer t"), refused, refused).kind())
        .isEqualTo(Verdicts.Kind.DISAGREED);
  }

  @Test
  void prismRefusingWhatTheApiAcceptsIsADisagreementUnlessItIsTheSchemesCase() {
    Reply ok = json(200, "[]");
    assertThat(verdicts.compare(get("", "Bearer t"), ok, prism(422, "UNPROCESSABLE_ENTITY")).kind())
        .isEqualTo(Verdicts.Kind.DISAGREED);
    Verdicts.Finding lower = verdicts.compare(get("", "bearer t"), ok, prism(401, "UNAUTHORIZED"));
    assertThat(lower.kind()).isEqualTo(Verdicts.Kind.ALLOWED);
    assertThat(lower.reason()).isEqualTo(Verdicts.CASE_SENSITIVE_BEARER);
  }

  @Test
  void theListedPassagesAreAllowedAndNamed() {
    Reply limit = json(400, invalid("limit"));
    assertThat(verdicts.compare(get("limit=007", "Bearer t"), limit, limit).reason())
        .isEqualTo(Verdicts.NUMBER_COERCION);
    Reply empty = json(400, invalid("probability"));
    assertThat(verdicts.compare(get("probability=", "Bearer t"), empty, empty).reason())
        .isEqualTo(Verdicts.EMPTY_AS_ABSENT);
    String noPermission = contract.error(403).messageFor("no-permission");
    Reply forbidden = json(403, "{\"key\":\"forbidden\",\"message\":\"" + noPermission + "\"}");
    assertThat(verdicts.compare(get("", "Bearer t"), forbidden, forbidden).reason())
        .isEqualTo(Verdicts.SERVER_ONLY + "no-permission");
    String missing = contract.error(412).messageFor("missing-company");
    Reply precondition =
        json(412, "{\"key\":\"precondition_failure\",\"message\":\"" + missing + "\"}");
    assertThat(verdicts.compare(get("", "Bearer t"), precondition, precondition).kind())
        .isEqualTo(Verdicts.Kind.DISAGREED);
  }

  @Test
  void prismsFailureOnHeadIsNamedOnlyWhereTheApiAnswers200() {
    Probe head = new Probe("HEAD", "", Map.of("Authorization", "Bearer t"), true, "test");
    Reply failed =
        new Reply(500, Map.of("content-type", List.of("application/problem+json")), new byte[0]);
    assertThat(verdicts.compare(head, json(200, ""), failed).reason())
        .isEqualTo(Verdicts.HEAD_AS_JSON);
    assertThat(verdicts.compare(head, json(400, ""), failed).kind())
        .isEqualTo(Verdicts.Kind.DISAGREED);
    Reply refused =
        new Reply(401, Map.of("content-type", List.of("application/problem+json")), new byte[0]);
    assertThat(verdicts.compare(head, json(401, ""), refused).kind())
        .isEqualTo(Verdicts.Kind.AGREED);
  }

  @Test
  void responseViolationsAndOtherPrismErrorsFail() {
    Reply ok = json(200, "[]");
    Reply flagged =
        json(
            200,
            "[]",
            Map.of(
                "sl-violations",
                List.of(
                    "[{\"location\":[\"response\",\"body\",\"0\"],\"severity\":\"Warning\",\"message\":\"x\"}]")));
    assertThat(verdicts.compare(get("", "Bearer t"), ok, flagged).kind())
        .isEqualTo(Verdicts.Kind.VIOLATION);
    assertThat(verdicts.compare(get("", "Bearer t"), ok, prism(500, "VIOLATIONS")).kind())
        .isEqualTo(Verdicts.Kind.VIOLATION);
    assertThat(
            verdicts.compare(get("", "Bearer t"), ok, prism(405, "NO_METHOD_MATCHED_ERROR")).kind())
        .isEqualTo(Verdicts.Kind.DISAGREED);
    assertThat(verdicts.compare(get("", "Bearer t"), ok, json(500, "{}")).kind())
        .isEqualTo(Verdicts.Kind.DISAGREED);
  }
}
