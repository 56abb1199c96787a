package io.wethodkit.mock.coverage;

import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.store.Json;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void print() throws Exception {
    try (MockServer mock = MockServer.builder().build().start()) {
      long t = System.nanoTime();
      var c = mock.coverage().current();
      System.out.println("took ms " + (System.nanoTime() - t) / 1e6);
      System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(c));
      for (var b : c.behaviours()) System.out.println(b.id() + "  ->  " + b.howToMeetText());
    }
  }
}
