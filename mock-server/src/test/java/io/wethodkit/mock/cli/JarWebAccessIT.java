package io.wethodkit.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.mock.support.RawHttp;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The web access options of the packaged jar, given as its image and compose files give them: in
 * the environment, comma-separated.
 */
@Timeout(120)
class JarWebAccessIT {

  @Test
  void theEnvironmentOpensHostsAndOrigins() throws Exception {
    Map<String, String> environment =
        Map.of(
            "WETHOD_MOCK_ALLOWED_HOSTS", "mock, .example.test",
            "WETHOD_MOCK_CORS_ORIGINS", "https://app.example.test",
            "WETHOD_MOCK_CORS_CREDENTIALS", "true",
            "WETHOD_MOCK_ADMIN_ORIGINS", "http://tools.example.test:9000");
    try (MockJar jar = MockJar.start(environment)) {
      for (String host : new String[] {"mock", "api.example.test", "localhost"}) {
        assertThat(health(jar, host, null).status()).as(host).isEqualTo(200);
      }
      assertThat(health(jar, "evil.example", null).status()).isEqualTo(403);
      assertThat(health(jar, "localhost", "http://tools.example.test:9000").status())
          .isEqualTo(200);
      assertThat(health(jar, "localhost", "http://tools.example.test:9001").status())
          .isEqualTo(403);

      Map<String, String> api = new LinkedHashMap<>();
      api.put("Authorization", "Bearer tok-both");
      api.put("Wethod-Company", "acme");
      api.put("Wethod-Version", "2024-06-15");
      api.put("Origin", "https://app.example.test");
      RawHttp.Reply read = RawHttp.get(jar.port, "/api/projects?limit=1", api);
      assertThat(read.status()).isEqualTo(200);
      assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example.test");
      assertThat(read.header("Access-Control-Allow-Credentials")).isEqualTo("true");
    }
  }

  private static RawHttp.Reply health(MockJar jar, String host, String origin) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Host", host + ":" + jar.port);
    if (origin != null) {
      headers.put("Origin", origin);
    }
    return RawHttp.get(jar.port, "/__admin/health", headers);
  }
}
