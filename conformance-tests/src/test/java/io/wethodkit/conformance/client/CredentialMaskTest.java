package io.wethodkit.conformance.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialMaskTest {

  @Test
  void keepsTheSchemeAndAtMostThreeCharactersOfTheCredential() {
    assertThat(CredentialMask.authorization("Bearer tok-both")).isEqualTo("Bearer tok…(masked)");
    assertThat(CredentialMask.authorization("Bearer t1")).isEqualTo("Bearer t…(masked)");
    assertThat(CredentialMask.authorization("Basic dG9rLWJvdGg6")).isEqualTo("Basic dG9…(masked)");
    assertThat(CredentialMask.authorization("tok-both")).isEqualTo("tok…(masked)");
    assertThat(CredentialMask.authorization("Bearer")).isEqualTo("Bearer");
  }

  @Test
  void masksOnlyTheAuthorizationHeader() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("authorization", "Bearer secret-token");
    headers.put("Wethod-Company", "acme");

    assertThat(CredentialMask.headers(headers))
        .containsEntry("authorization", "Bearer sec…(masked)")
        .containsEntry("Wethod-Company", "acme");
  }
}
