package io.wethodkit.mock.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wethodkit.contract.Contract;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules' parts: host names, origins, patterns, and the header names read from the contract. */
class WebAccessRulesTest {

  private static boolean allowedByDefault(String hostHeader) {
    String host = HostName.ofHostHeader(hostHeader);
    return host != null && WebAccess.defaults().hostAllowed(host);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "localhost",
        "localhost:8080",
        "LOCALHOST:8080",
        "localhost.:8080",
        "app.localhost:3000",
        "127.0.0.1:8080",
        "127.0.0.1",
        "10.1.2.3:8080",
        "192.168.0.20",
        "[::1]:8080",
        "[::1]",
        "[::ffff:127.0.0.1]:8080",
        "[fe80::1]:9000"
      })
  void ipLiteralsLocalhostAndItsSubdomainsAreAnsweredByDefault(String host) {
    assertThat(allowedByDefault(host)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "evil.example",
        "evil.example:8080",
        "localhost.evil.example:8080",
        "127.0.0.1.nip.io:8080",
        "notlocalhost:8080",
        "mock",
        "1.2.3:8080",
        "256.1.1.1",
        "[::1",
        "[zz::1]:80",
        "localhost:80:80",
        "localhost:http",
        "a b",
        ""
      })
  void otherNamesAndMalformedHostsAreNot(String host) {
    assertThat(allowedByDefault(host)).isFalse();
  }

  @Test
  void allowedHostsAddNamesDomainsOrAnyName() {
    WebAccess access = WebAccess.defaults().withAllowedHosts("mock", ".example.test");
    assertThat(access.hostAllowed("mock")).isTrue();
    assertThat(access.hostAllowed("example.test")).isTrue();
    assertThat(access.hostAllowed("api.example.test")).isTrue();
    assertThat(access.hostAllowed("badexample.test")).isFalse();
    assertThat(access.hostAllowed("mock.other")).isFalse();
    assertThat(WebAccess.defaults().withAllowedHosts("*").hostAllowed("anything.at.all")).isTrue();
    assertThat(access.allowedHosts())
        .map(HostPattern::toString)
        .containsExactly("mock", ".example.test");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", " ", "http://mock", "mock:8080", "mock/path", "a b", "..x", ".", "*.x"})
  void anAllowedHostThatIsNoHostNameIsRefusedWithTheFormsToUse(String value) {
    assertThatThrownBy(() -> HostPattern.parse(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a host name")
        .hasMessageContaining(".example.test");
  }

  @Test
  void anOriginIsSchemeHostAndPortWithTheSchemesDefaultPort() {
    assertThat(WebOrigin.parse("https://app.example.test"))
        .isEqualTo(new WebOrigin("https", "app.example.test", 443, false));
    assertThat(WebOrigin.parse("HTTP://LocalHost:5173"))
        .isEqualTo(new WebOrigin("http", "localhost", 5173, false));
    assertThat(WebOrigin.parse("http://[::1]:3000"))
        .isEqualTo(new WebOrigin("http", "::1", 3000, false));
    for (String opaque : List.of("null", "", "localhost:3000", "http://a/b", "http://u@a", "x")) {
      assertThat(WebOrigin.parse(opaque).opaque()).as(opaque).isTrue();
    }
  }

  @Test
  void theOwnOriginIsTheRequestsSchemeAndHost() {
    WebOrigin own = WebOrigin.own("http", "localhost:8080");
    assertThat(WebOrigin.parse("http://localhost:8080").sameAs(own)).isTrue();
    assertThat(WebOrigin.parse("http://LOCALHOST:8080").sameAs(own)).isTrue();
    assertThat(WebOrigin.parse("http://localhost:8081").sameAs(own)).isFalse();
    assertThat(WebOrigin.parse("https://localhost:8080").sameAs(own)).isFalse();
    assertThat(WebOrigin.parse("http://127.0.0.1:8080").sameAs(own)).isFalse();
    assertThat(WebOrigin.parse("http://localhost").sameAs(WebOrigin.own("http", "localhost:80")))
        .isTrue();
    assertThat(WebOrigin.parse("null").sameAs(WebOrigin.parse("null"))).isFalse();
  }

  @Test
  void originPatternsMatchOneOriginAnyPortNullOrAny() {
    OriginPattern one = OriginPattern.parse("https://app.example.test/");
    assertThat(one.matches(WebOrigin.parse("https://app.example.test:443"))).isTrue();
    assertThat(one.matches(WebOrigin.parse("http://app.example.test"))).isFalse();
    assertThat(one.matches(WebOrigin.parse("https://app.example.test:8443"))).isFalse();
    assertThat(one.toString()).isEqualTo("https://app.example.test");

    OriginPattern anyPort = OriginPattern.parse("http://localhost:*");
    assertThat(anyPort.matches(WebOrigin.parse("http://localhost:5173"))).isTrue();
    assertThat(anyPort.matches(WebOrigin.parse("http://localhost"))).isTrue();
    assertThat(anyPort.matches(WebOrigin.parse("http://localhost.evil.example:5173"))).isFalse();

    assertThat(OriginPattern.parse("null").matches(WebOrigin.parse("null"))).isTrue();
    assertThat(OriginPattern.parse("null").matches(WebOrigin.parse("http://localhost"))).isFalse();
    assertThat(one.matches(WebOrigin.parse("null"))).isFalse();
    assertThat(OriginPattern.parse("*").matches(WebOrigin.parse("null"))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "localhost:3000",
        "app.example.test",
        "http://a/path",
        "*.example.test",
        "ftp://x"
      })
  void anOriginThatIsNoOriginIsRefusedWithTheFormsToUse(String value) {
    assertThatThrownBy(() -> OriginPattern.parse(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not an origin")
        .hasMessageContaining("scheme://host[:port]");
  }

  @Test
  void theApiAllowsLoopbackPagesByDefaultAndMoreOnRequest() {
    WebAccess defaults = WebAccess.defaults();
    for (String loopback :
        List.of("http://localhost:5173", "http://127.0.0.1:3000", "http://[::1]:8000")) {
      assertThat(defaults.corsOrigin(WebOrigin.parse(loopback))).as(loopback).isTrue();
    }
    for (String other :
        List.of(
            "https://evil.example", "http://app.localhost:3000", "http://10.0.0.2:3000", "null")) {
      assertThat(defaults.corsOrigin(WebOrigin.parse(other))).as(other).isFalse();
    }
    WebAccess more = defaults.withCorsOrigins("https://app.example.test");
    assertThat(more.corsOrigin(WebOrigin.parse("https://app.example.test"))).isTrue();
    assertThat(more.anyCorsOrigin()).isFalse();
    assertThat(defaults.withCorsOrigins("*").anyCorsOrigin()).isTrue();
    assertThat(defaults.corsCredentials()).isFalse();
  }

  @Test
  void noAdminOriginByDefaultAndNeverAnyOrigin() {
    assertThat(WebAccess.defaults().adminOrigin(WebOrigin.parse("http://localhost:3000")))
        .isFalse();
    WebAccess tools = WebAccess.defaults().withAdminOrigins("http://localhost:3000");
    assertThat(tools.adminOrigin(WebOrigin.parse("http://localhost:3000"))).isTrue();
    assertThat(tools.adminOrigin(WebOrigin.parse("http://localhost:3001"))).isFalse();
    assertThatThrownBy(() -> WebAccess.defaults().withAdminOrigins("*"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("any page");
  }

  @Test
  void theHeadersAPageMaySendAndReadAreTheContracts() {
    Contract contract = Contract.bundled();
    ContractHeaders headers = ContractHeaders.of(contract);
    // The bearer scheme's header, then the header parameters the contract's header rules name.
    assertThat(headers.request())
        .containsExactly(
            "Authorization",
            contract.headers().companyHeader(),
            contract.headers().versionHeader());
    assertThat(headers.response()).contains("WWW-Authenticate");
  }
}
