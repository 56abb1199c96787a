package io.wethodkit.mock.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.junit.WethodMock;
import org.junit.jupiter.api.Test;

/**
 * Against a mock started with an admin token, the client's token header ({@link AdminToken}) is the
 * one the mock admits, and a client without it or with another token gets the mock's 401.
 */
@WethodMock(adminToken = "live-token")
class AdminTokenClientTest {

  @Test
  void theTokenIsAdmittedAndItsAbsenceOrAnotherRefused(MockServer mock) {
    MockAdminClient admitted = MockAdminClient.of(mock.baseUrl()).withAdminToken("live-token");
    assertThat(admitted.healthy()).isTrue();
    assertThat(admitted.clock().mode()).isEqualTo("real");

    MockAdminClient anonymous = MockAdminClient.of(mock.baseUrl());
    assertThat(anonymous.healthy()).isFalse();
    MockAdminException refused = catchThrowableOfType(anonymous::clock, MockAdminException.class);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.key()).isEqualTo("unauthorized");
    assertThat(refused.getMessage())
        .contains(AdminToken.HEADER + ": " + AdminToken.headerValue("<token>"));

    MockAdminException wrong =
        catchThrowableOfType(
            () -> anonymous.withAdminToken("other-token").reset(), MockAdminException.class);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.getMessage()).doesNotContain("other-token");
  }
}
