package io.wethodkit.mock.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.support.Calls;
import io.wethodkit.mock.support.RawHttp;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With an admin token, every {@code /__admin} call needs it and a refused call changes nothing; the
 * endpoint is unaffected. Without one, the admin API may stay open only on loopback.
 */
class AdminTokenTest {

  private static final String TOKEN = "s3cret-admin";
  private static final String SOFT_DELETE =
      "/__admin/projects-mock/companies/acme/projects/1/soft-delete";
  private static MockServer mock;

  @BeforeAll
  static void start() {
    mock = MockServer.builder().adminToken(TOKEN).build().start();
  }

  @AfterAll
  static void stop() {
    mock.stop();
  }

  @BeforeEach
  void reset() {
    mock.state().reset();
  }

  private static RawHttp.Reply admin(String method, String path, Map<String, String> headers) {
    return RawHttp.send(mock.port(), method, path, headers);
  }

  private static boolean projectOneListed() {
    return Calls.list(mock, "limit=5", Calls.headers("tok-both", "acme"))
        .jsonPath()
        .getList("id", Integer.class)
        .contains(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET /__admin/health",
        "GET /__admin/mappings",
        "GET /__admin/projects-mock/dataset",
        "GET /__admin/projects-mock/clock",
        "POST /__admin/projects-mock/reset"
      })
  void everyAdminCallNeedsTheToken(String call) {
    String method = call.split(" ")[0];
    String path = call.split(" ")[1];
    assertThat(admin(method, path, Map.of()).status()).isEqualTo(401);
    assertThat(admin(method, path, Map.of("Authorization", "Token wrong")).status()).isEqualTo(401);
    assertThat(admin(method, path, Map.of("Authorization", "Bearer " + TOKEN)).status())
        .isEqualTo(401);
    assertThat(admin(method, path, Map.of("Authorization", "Token " + TOKEN)).status())
        .isEqualTo(200);
  }

  @Test
  void aRefusedCallChangesNothing() {
    assertThat(projectOneListed()).isTrue();
    assertThat(admin("POST", SOFT_DELETE, Map.of("Authorization", "Token nope")).status())
        .isEqualTo(401);
    assertThat(projectOneListed()).isTrue();
    assertThat(admin("POST", SOFT_DELETE, Map.of("Authorization", "Token " + TOKEN)).status())
        .isEqualTo(200);
    assertThat(projectOneListed()).isFalse();
  }

  @Test
  void theEndpointNeedsNoAdminToken() {
    assertThat(Calls.list(mock, "limit=1", Calls.headers("tok-both", "acme")).statusCode())
        .isEqualTo(200);
    assertThat(Calls.list(mock, "limit=1", Calls.headers("tok-revoked", "acme")).statusCode())
        .isEqualTo(401);
  }

  @Test
  void theServerTellsItsTokenAndItsClientSendsIt() {
    assertThat(mock.adminToken()).contains(TOKEN);
    assertThat(mock.admin().clock().mode()).isEqualTo("real");
    assertThat(mock.admin().healthy()).isTrue();
    assertThat(mock.admin().withAdminToken(null).healthy()).isFalse();
  }

  @Test
  void withoutTokenTheAdminApiIsOpenOnLoopback() {
    try (MockServer open = MockServer.builder().build().start()) {
      assertThat(open.adminToken()).isEmpty();
      assertThat(RawHttp.get(open.port(), "/__admin/health", Map.of()).status()).isEqualTo(200);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0.0.0", "::", "192.0.2.10"})
  void anOpenAdminApiBeyondLoopbackIsRefused(String bind) {
    assertThatThrownBy(() -> MockServer.builder().bind(bind).build())
        .isInstanceOf(InsecureAdminException.class)
        .hasMessageContaining("Refusing to listen on " + bind)
        .hasMessageContaining("--admin-token")
        .hasMessageContaining("--admin-open");
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "127.0.0.2", "::1", "localhost"})
  void loopbackAddressesNeedNoToken(String bind) {
    assertThat(AdminAccess.of(bind, Optional.empty(), false).token()).isEmpty();
  }

  @Test
  void beyondLoopbackATokenOrAnExplicitOpenIsEnough() {
    assertThat(AdminAccess.of("0.0.0.0", Optional.of("t"), false).token()).contains("t");
    assertThat(AdminAccess.of("0.0.0.0", Optional.empty(), true).token()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void aBlankTokenIsRefused(String token) {
    assertThatThrownBy(() -> MockServer.builder().adminToken(token).build())
        .isInstanceOf(InsecureAdminException.class)
        .hasMessageContaining("empty");
  }
}
