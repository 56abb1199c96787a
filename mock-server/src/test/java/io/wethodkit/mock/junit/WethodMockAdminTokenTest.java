package io.wethodkit.mock.junit;

import static io.wethodkit.mock.support.AdminRefusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.client.MockAdminClient;
import io.wethodkit.mock.client.MockAdminException;
import io.wethodkit.mock.support.RawHttp;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A mock started with an admin token: the client handed to the test sends it, others get the admin
 * API's JSON 401.
 */
@WethodMock(adminToken = "extension-token")
class WethodMockAdminTokenTest {

  @Test
  void theHandedClientSendsTheToken(MockServer mock, MockAdminClient admin) {
    assertThat(mock.adminToken()).contains("extension-token");
    assertThat(admin.adminToken()).contains("extension-token");
    assertThat(admin.clock().mode()).isEqualTo("real");
    assertRefused(RawHttp.get(mock.port(), "/__admin/projects-mock/clock", Map.of()), null);
    assertRefused(
        RawHttp.get(
            mock.port(),
            "/__admin/projects-mock/clock",
            Map.of("Authorization", "Token not-extension-token")),
        "Token not-extension-token");
  }

  @Test
  void aClientWithoutTheTokenFailsWithTheRefusalsKeyAndMessage(MockServer mock) {
    MockAdminException refused =
        catchThrowableOfType(
            () -> MockAdminClient.of(mock.baseUrl()).clock(), MockAdminException.class);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.key()).isEqualTo("unauthorized");
    assertThat(refused.getMessage())
        .startsWith("GET /projects-mock/clock answered 401: ")
        .contains("'Authorization: Token <token>'")
        .doesNotContain("extension-token");
    MockAdminException wrong =
        catchThrowableOfType(
            () -> MockAdminClient.of(mock.baseUrl()).withAdminToken("wrong-9f2").reset(),
            MockAdminException.class);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.key()).isEqualTo("unauthorized");
    assertThat(wrong.getMessage()).doesNotContain("wrong-9f2");
  }

  @Test
  void changesThroughTheClientReachTheServersState(MockServer mock, MockAdminClient admin) {
    admin.softDelete("acme", 1);
    assertThat(mock.state().snapshot().project("acme", 1).orElseThrow().isNull("deleted_at"))
        .isFalse();
    admin.reset();
    assertThat(mock.state().snapshot().project("acme", 1).orElseThrow().isNull("deleted_at"))
        .isTrue();
  }
}
