package io.wethodkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.mock.junit.WethodMock;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.support.Calls;
import io.wethodkit.mock.support.RawHttp;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden case of the fixtures module, replayed over real HTTP against the mock loaded with
 * the bundled fixtures: status, ids in order or error key and failure fields, and every body valid
 * against the contract's schema for its status.
 */
@WethodMock
class GoldenCasesTest {

  private static final String GOLDEN = "io/wethodkit/fixtures/data/golden.json";

  @TestFactory
  Stream<DynamicTest> everyGoldenCasePasses(MockServer mock) throws IOException {
    JsonNode cases;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(GOLDEN)) {
      assertThat(in).as("the fixtures module's " + GOLDEN + " on the classpath").isNotNull();
      cases = Json.parse(in.readAllBytes(), GOLDEN).get("cases");
    }
    assertThat(cases.size()).isGreaterThan(0);
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode golden : cases) {
      tests.add(DynamicTest.dynamicTest(golden.get("name").asText(), () -> replay(mock, golden)));
    }
    return tests.stream();
  }

  private static void replay(MockServer mock, JsonNode golden) {
    JsonNode request = golden.get("request");
    Map<String, String> headers = new LinkedHashMap<>();
    request
        .path("headers")
        .fields()
        .forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
    RawHttp.Reply reply = Calls.send(mock, request.path("query").asText(""), headers);
    JsonNode expect = golden.get("expect");
    String context = golden.get("name").asText() + " -> " + reply.text();
    assertThat(reply.status()).as(context).isEqualTo(expect.get("status").asInt());
    assertThat(reply.header("Content-Type")).as(context).isEqualTo("application/json");
    JsonNode body = Json.parse(reply.body(), "answer");
    assertThat(mock.contract().schemas().validateResponse(reply.status(), body))
        .as(context)
        .isEmpty();
    if (expect.has("ids")) {
      List<Long> ids = new ArrayList<>();
      body.forEach(item -> ids.add(item.get("id").asLong()));
      List<Long> want = new ArrayList<>();
      expect.get("ids").forEach(id -> want.add(id.asLong()));
      assertThat(ids).as(context).isEqualTo(want);
    }
    if (expect.has("key")) {
      assertThat(body.get("key").asText()).as(context).isEqualTo(expect.get("key").asText());
    }
    if (expect.has("failureFields")) {
      Set<String> fields = new HashSet<>();
      body.get("failures").forEach(f -> fields.add(f.get("field").asText()));
      Set<String> want = new HashSet<>();
      expect.get("failureFields").forEach(f -> want.add(f.asText()));
      assertThat(fields).as(context).isEqualTo(want);
    }
  }
}
