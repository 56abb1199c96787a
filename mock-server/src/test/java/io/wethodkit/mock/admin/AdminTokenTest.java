package io.wethodkit.mock.admin;

import static io.wethodkit.mock.support.AdminRefusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.security.Authenticator;
import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.guard.WebAccess;
import io.wethodkit.mock.support.Calls;
import io.wethodkit.mock.support.RawHttp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With an admin token, every {@code /__admin} call needs it, a refused call is a JSON 401 saying
 * how to send it and changes nothing; the endpoint is unaffected. Without one, the admin API may
 * stay open only on loopback.
 */
class AdminTokenTest {

  private static final String TOKEN = "s3cret-admin";
  private static final String ADMIN_ORIGIN = "http://app.test";
  private static final String SOFT_DELETE =
      "/__admin/projects-mock/companies/acme/projects/1/soft-delete";
  private static MockServer mock;

  @BeforeAll
  static void start() {
    mock =
        MockServer.builder()
            .adminToken(TOKEN)
            .webAccess(WebAccess.defaults().withAdminOrigins(ADMIN_ORIGIN))
            .build()
            .start();
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

  /** WireMock's routes, the mock's, the console's and WireMock's static pages, any method. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET /__admin/health",
        "GET /__admin/",
        "GET /__admin/mappings",
        "POST /__admin/mappings",
        "DELETE /__admin/mappings",
        "PUT /__admin/settings",
        "POST /__admin/reset",
        "GET /__admin/no-such-route",
        "OPTIONS /__admin/mappings",
        "GET /__admin/swagger-ui/",
        "GET /__admin/recorder/",
        "GET /__admin/projects-mock/dataset",
        "PUT /__admin/projects-mock/dataset",
        "POST /__admin/projects-mock/reset",
        "PATCH /__admin/projects-mock/companies/acme/projects/1",
        "DELETE /__admin/projects-mock/identities/view",
        "PUT /__admin/projects-mock/clock",
        "GET /__admin/projects-mock/console",
        "GET /__admin/projects-mock/console/model",
        "POST /__admin/projects-mock/console/explain"
      })
  void aRefusedCallIsAJson401SayingHowToSendTheToken(String call) {
    String method = call.split(" ")[0];
    String path = call.split(" ")[1];
    assertRefused(admin(method, path, Map.of()), null);
    for (String sent : List.of("Token wrong-9f2", "Bearer " + TOKEN, "token " + TOKEN, "Token ")) {
      assertRefused(admin(method, path, Map.of("Authorization", sent)), sent);
    }
  }

  @Test
  void theRightTokenGetsTheRoutesOwnAnswers() {
    Map<String, String> token = Map.of("Authorization", "Token " + TOKEN);
    RawHttp.Reply clock = admin("GET", "/__admin/projects-mock/clock", token);
    assertThat(clock.status()).isEqualTo(200);
    assertThat(clock.text()).contains("\"mode\"");
    assertThat(admin("GET", "/__admin/swagger-ui/", token).status()).isEqualTo(200);
    // Past the token, an unknown project is the admin API's own 404, in the same format.
    RawHttp.Reply missing =
        admin("GET", "/__admin/projects-mock/companies/acme/projects/999999", token);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.header("Content-Type")).isEqualTo("application/json");
    assertThat(missing.text()).contains("\"key\":\"not_found\"");
  }

  @Test
  void aHeadIsRefusedWithTheHeadOfTheJson401() {
    RawHttp.Reply head = admin("HEAD", "/__admin/mappings", Map.of());
    assertThat(head.status()).isEqualTo(401);
    assertThat(head.header("Content-Type")).isEqualTo("application/json");
    assertThat(head.header("WWW-Authenticate")).isEqualTo("Token");
    assertThat(head.body()).isEmpty();
  }

  @Test
  void anAdminOriginsPreflightIsAnsweredAndItsPageCanReadTheRefusal() {
    RawHttp.Reply preflight =
        admin(
            "OPTIONS",
            "/__admin/projects-mock/reset",
            Map.of("Origin", ADMIN_ORIGIN, "Access-Control-Request-Method", "POST"));
    assertThat(preflight.status()).isEqualTo(204);
    assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(ADMIN_ORIGIN);
    assertThat(preflight.header("Access-Control-Allow-Headers")).contains("Authorization");
    assertThat(preflight.header("Access-Control-Allow-Credentials")).isNull();
    RawHttp.Reply refused =
        admin("POST", "/__admin/projects-mock/reset", Map.of("Origin", ADMIN_ORIGIN));
    assertRefused(refused, null);
    assertThat(refused.header("Access-Control-Allow-Origin")).isEqualTo(ADMIN_ORIGIN);
  }

  @Test
  void aPageOfAnotherOriginIsRefusedEvenWithTheToken() {
    RawHttp.Reply refused =
        admin(
            "POST",
            SOFT_DELETE,
            Map.of("Origin", "http://other.test", "Authorization", "Token " + TOKEN));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.text()).contains("\"key\":\"forbidden_origin\"", "--admin-origin");
    assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
    assertThat(projectOneListed()).isTrue();
  }

  @Test
  void theTokenRuleIsWireMocksExactHeaderValue() {
    AdminAccess access = AdminAccess.of("127.0.0.1", Optional.of(TOKEN), false);
    assertThat(access.admits(List.of("Token " + TOKEN))).isTrue();
    assertThat(access.admits(List.of("Bearer x", "Token " + TOKEN))).isTrue();
    assertThat(access.admits(List.of())).isFalse();
    assertThat(access.admits(List.of("token " + TOKEN))).isFalse();
    assertThat(access.admits(List.of("Token " + TOKEN + " "))).isFalse();
    assertThat(access.admits(List.of("Token " + TOKEN.substring(1)))).isFalse();
    assertThat(AdminAccess.of("127.0.0.1", Optional.empty(), false).admits(List.of())).isTrue();
  }

  @Test
  void wireMocksOwnCheckAppliesTheSameRule() {
    Authenticator check = AdminAccess.of("127.0.0.1", Optional.of(TOKEN), false).authenticator();
    assertThat(check.authenticate(request(null))).isFalse();
    assertThat(check.authenticate(request("Token wrong"))).isFalse();
    assertThat(check.authenticate(request("Token " + TOKEN))).isTrue();
    assertThat(AdminAccess.of("127.0.0.1", Optional.of(TOKEN), false).guard()).isPresent();
    assertThat(AdminAccess.of("127.0.0.1", Optional.empty(), false).guard()).isEmpty();
  }

  private static ImmutableRequest request(String authorization) {
    ImmutableRequest.Builder request =
        ImmutableRequest.create()
            .withAbsoluteUrl("http://127.0.0.1/__admin/health")
            .withMethod(RequestMethod.GET);
    if (authorization != null) {
      request.withHeader("Authorization", authorization);
    }
    return request.build();
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
