package io.wethodkit.conformance.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wethodkit.conformance.support.Cli;
import io.wethodkit.conformance.support.Suite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  private final ConfigLoader loader =
      new ConfigLoader(Suite.CONTRACT, Suite::fixtures, Map.of("VIEW_TOKEN", "secret-view")::get);

  @Test
  void seededModeTakesWhatTheFileLeavesOutFromTheFixtures(@TempDir Path dir) {
    Path file = Cli.write(dir.resolve("t.yaml"), "baseUrl: http://127.0.0.1:8080/\nmode: seeded\n");

    TargetConfig config = loader.load(file, Optional.empty());

    assertThat(config.baseUrl()).hasToString("http://127.0.0.1:8080");
    assertThat(config.company()).isEqualTo("acme");
    assertThat(config.version()).isEqualTo(Suite.CONTRACT.headers().supportedVersions().get(0));
    assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.identity(Role.VIEW_OTHER)).isEqualTo(new IdentityConfig("tok-viewOther", 12));
    assertThat(config.identity(Role.NONE)).isEqualTo(new IdentityConfig("tok-none", 14));
    assertThat(config.foreignCompany()).contains("globex");
    assertThat(config.revokedToken()).contains("tok-revoked");
    assertThat(config.foreignToken())
        .as("the fixture user who sees all of globex")
        .contains("tok-multi");
  }

  @Test
  void blackboxModeReadsEverythingFromTheFileAndTokensFromTheEnvironment(@TempDir Path dir) {
    Path file =
        Cli.write(
            dir.resolve("t.yaml"),
            """
            baseUrl: https://api.example.test
            company: initech
            version: "2024-06-15"
            mode: blackbox
            timeoutSeconds: 3
            identities:
              view:      { token: "${VIEW_TOKEN}", personId: 11 }
              viewOther: { token: t2, personId: 12 }
              both:      { token: t3, personId: 13 }
              none:      { token: t4, personId: 14 }
            """);

    TargetConfig config = loader.load(file, Optional.of("http://127.0.0.1:9000"));

    assertThat(config.baseUrl()).hasToString("http://127.0.0.1:9000");
    assertThat(config.mode()).isEqualTo(Mode.BLACKBOX);
    assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(config.identity(Role.VIEW).token()).isEqualTo("secret-view");
    assertThat(config.foreignCompany()).isEmpty();
    assertThat(config.revokedToken()).isEmpty();
    assertThat(config.foreignToken()).isEmpty();
  }

  @Test
  void aForeignTokenIsReadWithItsCompanyAndNeverWithoutIt(@TempDir Path dir) {
    String base =
        """
        baseUrl: https://api.example.test
        company: initech
        mode: blackbox
        identities:
          view:      { token: t1, personId: 11 }
          viewOther: { token: t2, personId: 12 }
          both:      { token: t3, personId: 13 }
          none:      { token: t4, personId: 14 }
        """;
    Path with =
        Cli.write(
            dir.resolve("with.yaml"),
            base + "foreignCompany: umbrella\nforeignToken: \"${VIEW_TOKEN}\"\n");
    Path without = Cli.write(dir.resolve("without.yaml"), base + "foreignToken: t9\n");

    TargetConfig config = loader.load(with, Optional.empty());

    assertThat(config.foreignCompany()).contains("umbrella");
    assertThat(config.foreignToken()).contains("secret-view");
    assertThatThrownBy(() -> loader.load(without, Optional.empty()))
        .isInstanceOf(ConfigException.class)
        .hasMessage("config " + without + ": foreignToken needs foreignCompany");
  }

  @Test
  void problemsAreOneLineNamingTheFileAndTheKey(@TempDir Path dir) {
    Path file =
        Cli.write(
            dir.resolve("t.yaml"),
            """
            baseUrl: http://127.0.0.1:1
            mode: blackbox
            company: acme
            identities:
              view: { token: t1, personId: -4 }
            """);

    assertThatThrownBy(() -> loader.load(file, Optional.empty()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "config " + file + ": identities.view.personId must be a whole number of at least 1");
  }
}
