package io.wethodkit.contract.prism;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.ErrorAnswer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares what Prism did with a request (let it through to the mock, or refused it itself) with
 * what the mock answers it directly, and finds Prism's response violations. Where the two differ
 * for a reason that the README lists, the difference is allowed and named.
 */
final class Verdicts {

  /** The outcome of one request. */
  enum Kind {
    AGREED,
    ALLOWED,
    DISAGREED,
    VIOLATION
  }

  /** One request's outcome, with the reason for any other than {@link Kind#AGREED}. */
  record Finding(Kind kind, String reason) {}

  static final String PRISM_ERRORS = "https://stoplight.io/prism/errors#";

  /** Causes that only the server can know: a schema cannot state them. */
  private static final Set<String> SERVER_ONLY_CAUSES =
      Set.of("unknown-token", "no-company-access", "no-permission", "unsupported-version");

  static final String CASE_SENSITIVE_BEARER = "Prism reads the Bearer scheme case-sensitively";
  static final String NUMBER_COERCION =
      "Prism reads limit and offset as JavaScript numbers, not in the integer text form";
  static final String EMPTY_AS_ABSENT = "Prism takes an empty query value for an absent one";
  static final String SERVER_ONLY = "known to the server only: ";
  static final String HEAD_AS_JSON =
      "Prism's proxy reads the empty body of a HEAD answer as JSON and fails (500 FetchError)";

  /** The type given to Prism's own answer to HEAD, whose body HTTP leaves out, by its status. */
  private static final Map<Integer, String> HEAD_PROBLEMS =
      Map.of(422, "UNPROCESSABLE_ENTITY", 401, "UNAUTHORIZED", 500, "HEAD_FAILURE");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Contract contract;

  Verdicts(Contract contract) {
    this.contract = contract;
  }

  Finding compare(Probe probe, Reply direct, Reply viaPrism) {
    String prismError = prismError(viaPrism);
    if (prismError != null && prismError.isEmpty() && "HEAD".equals(probe.method())) {
      prismError = HEAD_PROBLEMS.getOrDefault(viaPrism.status(), "status " + viaPrism.status());
    }
    if ("HEAD_FAILURE".equals(prismError) && direct.status() == 200) {
      return new Finding(Kind.ALLOWED, HEAD_AS_JSON);
    }
    List<String> violations = responseViolations(viaPrism);
    if ("VIOLATIONS".equals(prismError) || !violations.isEmpty()) {
      return new Finding(Kind.VIOLATION, String.join("; ", violations));
    }
    boolean prismRefused =
        "UNPROCESSABLE_ENTITY".equals(prismError) || "UNAUTHORIZED".equals(prismError);
    if (prismError != null && !prismRefused) {
      return new Finding(Kind.DISAGREED, "Prism answered its own " + prismError);
    }
    if (!prismRefused && viaPrism.status() != direct.status()) {
      return new Finding(
          Kind.DISAGREED, "through Prism " + viaPrism.status() + ", direct " + direct.status());
    }
    boolean mockRefused = direct.status() >= 400 && direct.status() != 405;
    if (mockRefused == prismRefused) {
      return new Finding(Kind.AGREED, null);
    }
    if (prismRefused) {
      String authorization = probe.headers().get("Authorization");
      if ("UNAUTHORIZED".equals(prismError)
          && authorization != null
          && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
          && !authorization.startsWith("Bearer ")) {
        return new Finding(Kind.ALLOWED, CASE_SENSITIVE_BEARER);
      }
      return new Finding(Kind.DISAGREED, "Prism refuses what the API answers " + direct.status());
    }
    String allowed = allowedPassage(probe, direct);
    return allowed != null
        ? new Finding(Kind.ALLOWED, allowed)
        : new Finding(Kind.DISAGREED, "Prism lets through what the API refuses: " + direct.text());
  }

  /** Why Prism may let through a request that the mock refuses, or null. */
  private String allowedPassage(Probe probe, Reply direct) {
    JsonNode body = json(direct.text());
    if (body == null) {
      return null;
    }
    if (direct.status() == 400) {
      boolean allPagination = true;
      boolean allEmpty = true;
      for (JsonNode failure : body.path("failures")) {
        String field = failure.path("field").asText();
        allPagination &=
            field.equals(contract.limit().parameter())
                || field.equals(contract.offset().parameter());
        allEmpty &= hasEmptyValue(probe.rawQuery(), field);
      }
      if (allEmpty) {
        return EMPTY_AS_ABSENT;
      }
      return allPagination ? NUMBER_COERCION : null;
    }
    if (!List.of(401, 403, 412).contains(direct.status())) {
      return null;
    }
    ErrorAnswer answer = contract.error(direct.status());
    String message = body.path("message").asText();
    return answer.causes().entrySet().stream()
        .filter(cause -> cause.getValue().equals(message))
        .map(cause -> cause.getKey())
        .filter(SERVER_ONLY_CAUSES::contains)
        .findFirst()
        .map(cause -> SERVER_ONLY + cause)
        .orElse(null);
  }

  private static boolean hasEmptyValue(String rawQuery, String name) {
    for (String pair : rawQuery.split("&")) {
      if (pair.equals(name + "=") || pair.equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The type of Prism's own problem answer, empty when it has no body (an answer to HEAD), or null
   * when the answer is the mock's.
   */
  static String prismError(Reply reply) {
    String type = reply.header("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
      return null;
    }
    if (reply.body().length == 0) {
      return "";
    }
    JsonNode body = json(reply.text());
    String problem = body == null ? "" : body.path("type").asText();
    return problem.startsWith(PRISM_ERRORS) ? problem.substring(PRISM_ERRORS.length()) : null;
  }

  /** The response violations that Prism reports in {@code sl-violations}. */
  static List<String> responseViolations(Reply reply) {
    List<String> out = new ArrayList<>();
    List<String> headers = reply.headers().get("sl-violations");
    if (headers == null) {
      return out;
    }
    for (String header : headers) {
      JsonNode violations = json(header);
      if (violations == null) {
        out.add(header);
        continue;
      }
      for (JsonNode violation : violations) {
        if ("response".equals(violation.path("location").path(0).asText())) {
          out.add(violation.path("location") + " " + violation.path("message").asText());
        }
      }
    }
    return out;
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }
}
