package io.wethodkit.mock.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.junit.WethodMock;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.support.Calls;
import io.wethodkit.mock.support.RawHttp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Malformed input never yields a 5xx or a stack trace: seeded random requests (garbage queries,
 * percent-encodings valid and not, control characters, 10 KB values, repeated parameters, huge and
 * negative numbers, odd headers) each get a contract answer, JSON, with a {@code key} when it is an
 * error. A failure names the seed and the request, so it can be replayed.
 */
@WethodMock(fixtures = "src/test/resources/testdata")
class RobustnessTest {

  private static final long SEED = 20240615L;
  private static final int REQUESTS = 400;
  private static final Set<Integer> CONTRACT_STATUSES = Set.of(200, 400, 401, 403, 412);
  private static final List<String> NAMES =
      List.of(
          "updated_at", "deleted", "deleted_at", "probability", "date_start", "limit", "offset");

  private MockServer mock;

  @BeforeEach
  void takeTheMock(MockServer mock) {
    this.mock = mock;
  }

  @Test
  void randomQueriesAndHeadersGetContractAnswers() {
    Random random = new Random(SEED);
    int reachedQueryValidation = 0;
    for (int i = 0; i < REQUESTS; i++) {
      String query = query(random);
      // Most requests pass authentication, headers and access, so that the query is what varies.
      Map<String, String> headers = random.nextInt(100) < 94 ? granted(random) : headers(random);
      RawHttp.Reply reply = RawHttp.get(mock.port(), "/api/projects?" + query, headers);
      String context =
          "seed " + SEED + " request " + i + ": ?" + abbreviate(query) + " " + headers.keySet();
      assertContractAnswer(reply, context);
      if (reply.status() == 200 || reply.status() == 400) {
        reachedQueryValidation++;
      }
    }
    assertThat(reachedQueryValidation).isGreaterThanOrEqualTo(REQUESTS * 9 / 10);
  }

  /** Valid headers of an identity that may list the company's projects. */
  private static Map<String, String> granted(Random random) {
    String[][] grants = {
      {"tok-both", "acme"},
      {"tok-view", "acme"},
      {"tok-viewOther", "acme"},
      {"tok-multi", "globex"},
      {"tok-globexOnly", "globex"}
    };
    String[] grant = grants[random.nextInt(grants.length)];
    return Map.of(
        "Authorization",
        (random.nextBoolean() ? "Bearer " : "bearer ") + grant[0],
        "Wethod-Company",
        grant[1],
        "Wethod-Version",
        "2024-06-15");
  }

  @Test
  void everyValidRequestWithGarbageFiltersGetsA400NamingEachOfThem() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < 100; i++) {
      String name = NAMES.get(random.nextInt(NAMES.size()));
      String value =
          "%"
              + Integer.toHexString(random.nextInt(16))
              + "g"
              + garbage(random, 1 + random.nextInt(30));
      RawHttp.Reply reply =
          RawHttp.get(mock.port(), "/api/projects?" + name + "=" + value, valid());
      String context = "?" + name + "=" + abbreviate(value);
      assertContractAnswer(reply, context);
      assertThat(reply.status()).as(context).isEqualTo(400);
      assertThat(Json.parse(reply.body(), "answer").at("/failures/0/field").asText())
          .as(context)
          .isEqualTo(name);
    }
  }

  @Test
  void tenKilobyteValuesAndHugeNumbersAreRefusedCleanly() {
    String huge = "9".repeat(10_000);
    for (String query :
        List.of(
            "probability=" + huge,
            "probability=-" + huge,
            "probability=gt:" + huge,
            "limit=" + huge,
            "offset=-" + huge,
            "date_start=" + "2".repeat(10_000),
            "updated_at=" + "%41".repeat(3_400),
            "deleted=" + "x".repeat(10_000),
            "limit=1&".repeat(1_000))) {
      RawHttp.Reply reply = RawHttp.get(mock.port(), "/api/projects?" + query, valid());
      assertContractAnswer(reply, abbreviate(query));
      assertThat(reply.status()).as(abbreviate(query)).isEqualTo(400);
    }
    RawHttp.Reply pastTheEnd = RawHttp.get(mock.port(), "/api/projects?offset=" + huge, valid());
    assertThat(pastTheEnd.status()).isEqualTo(200);
    assertThat(pastTheEnd.text()).isEqualTo("[]");
  }

  @Test
  void controlCharactersInHeadersNeverCauseAServerError() {
    Random random = new Random(SEED + 2);
    for (int i = 0; i < 40; i++) {
      Map<String, String> headers = new LinkedHashMap<>(valid());
      String header =
          List.of("Authorization", "Wethod-Company", "Wethod-Version").get(random.nextInt(3));
      char control = (char) (random.nextInt(31) + 1);
      if (control == '\r' || control == '\n') {
        control = '\u0001';
      }
      headers.put(header, "Bearer" + control + "tok-both" + (char) 0x7f);
      RawHttp.Reply reply = RawHttp.get(mock.port(), "/api/projects", headers);
      assertThat(reply.status()).as(header + " with \\u%04x", (int) control).isLessThan(500);
      assertThat(reply.text()).doesNotContain("\tat ").doesNotContain("Exception");
    }
  }

  private void assertContractAnswer(RawHttp.Reply reply, String context) {
    assertThat(reply.status())
        .as(context + " -> " + abbreviate(reply.text()))
        .isIn(CONTRACT_STATUSES);
    assertThat(reply.header("Content-Type")).as(context).isEqualTo("application/json");
    JsonNode body = Json.parse(reply.body(), context);
    if (reply.status() != 200) {
      assertThat(body.path("key").isTextual()).as(context).isTrue();
    }
    assertThat(mock.contract().schemas().validateResponse(reply.status(), body))
        .as(context)
        .isEmpty();
  }

  private static Map<String, String> valid() {
    return Calls.headers("tok-both", "acme");
  }

  private static String query(Random random) {
    List<String> pairs = new ArrayList<>();
    int count = random.nextInt(9);
    for (int i = 0; i < count; i++) {
      String name =
          random.nextInt(10) < 7
              ? NAMES.get(random.nextInt(NAMES.size()))
              : garbage(random, 1 + random.nextInt(8));
      switch (random.nextInt(10)) {
        case 0 -> pairs.add(name);
        case 1 -> pairs.add("");
        default -> pairs.add(name + "=" + value(random));
      }
    }
    return String.join("&", pairs);
  }

  private static String value(Random random) {
    return switch (random.nextInt(12)) {
      case 0 -> "";
      case 1 -> garbage(random, 1 + random.nextInt(40));
      case 2 -> encodedBytes(random, 1 + random.nextInt(20));
      case 3 ->
          List.of("%", "%z", "%4", "%zz", "%%", "%C3%28", "%ED%A0%80", "%F4%90%80%80")
              .get(random.nextInt(8));
      case 4 -> (random.nextBoolean() ? "-" : "") + "9".repeat(1 + random.nextInt(40));
      case 5 ->
          List.of("gt:", "lt:", "eq:", "ge:", "GT:", "").get(random.nextInt(6))
              + (random.nextInt(300) - 100);
      case 6 ->
          String.format(
              "%04d-%02d-%02d", random.nextInt(10000), random.nextInt(15), random.nextInt(35));
      case 7 ->
          String.format(
              "%s%04d-%02d-%02dT%02d:%02d:%02d%s",
              List.of("", "gt:", "lt:").get(random.nextInt(3)),
              2000 + random.nextInt(40),
              random.nextInt(14),
              random.nextInt(33),
              random.nextInt(26),
              random.nextInt(62),
              random.nextInt(62),
              List.of("Z", "%2B02:00", "+02:00", "-05:00", "%2B99:00", "z", "")
                  .get(random.nextInt(7)));
      case 8 ->
          List.of("exclude", "include", "only", "all", "Include", "only%00").get(random.nextInt(6));
      case 9 -> "%" + String.format("%02X", random.nextInt(32)) + garbage(random, 3);
      case 10 -> "x".repeat(10_000);
      default -> String.valueOf(random.nextInt(200) - 50);
    };
  }

  /** Printable ASCII that may stand in a request target, percent-encoding the rest at random. */
  private static String garbage(Random random, int length) {
    String allowed =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:@!$'()*+,;=/?%";
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(allowed.charAt(random.nextInt(allowed.length())));
    }
    return out.toString();
  }

  private static String encodedBytes(Random random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      out.append('%').append(String.format("%02X", b & 0xff));
    }
    return out.toString();
  }

  private static Map<String, String> headers(Random random) {
    Map<String, String> headers = new LinkedHashMap<>();
    String token =
        List.of("tok-both", "tok-view", "tok-none", "tok-revoked", "nope", "")
            .get(random.nextInt(6));
    switch (random.nextInt(6)) {
      case 0 -> {}
      case 1 -> headers.put("Authorization", "Basic " + garbage(random, 12).replace("%", ""));
      case 2 -> headers.put("Authorization", garbage(random, 20).replace("%", ""));
      case 3 -> headers.put("Authorization", "bearer " + token);
      default -> headers.put("Authorization", "Bearer " + token);
    }
    if (random.nextInt(8) > 0) {
      headers.put(
          "Wethod-Company",
          List.of("acme", "globex", "initech", " ", "ACME", "acme ").get(random.nextInt(6)));
    }
    if (random.nextInt(8) > 0) {
      headers.put(
          "Wethod-Version",
          List.of(
                  "2024-06-15",
                  "2024-06-15",
                  "2024-02-30",
                  "latest",
                  "2023-01-01",
                  " ",
                  "2024-6-15")
              .get(random.nextInt(7)));
    }
    return headers;
  }

  private static String abbreviate(String text) {
    return text.length() > 200 ? text.substring(0, 200) + "...(" + text.length() + " chars)" : text;
  }
}
