package io.wethodkit.mock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.client.MockAdminClient;
import io.wethodkit.mock.support.RawHttp;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A mock started with an admin token: the client handed to the test sends it, others fail. */
@WethodMock(adminToken = "extension-token")
class WethodMockAdminTokenTest {

  @Test
  void theHandedClientSendsTheToken(MockServer mock, MockAdminClient admin) {
    assertThat(mock.adminToken()).contains("extension-token");
    assertThat(admin.adminToken()).contains("extension-token");
    assertThat(admin.clock().mode()).isEqualTo("real");
    assertThat(RawHttp.get(mock.port(), "/__admin/projects-mock/clock", Map.of()).status())
        .isEqualTo(401);
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
