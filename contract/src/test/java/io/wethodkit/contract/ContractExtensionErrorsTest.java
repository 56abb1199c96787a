package io.wethodkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A contract whose extensions the kit cannot act on is refused with the reason. */
class ContractExtensionErrorsTest {

  private static String bundledText() throws IOException {
    try (InputStream in =
        ContractExtensionErrorsTest.class
            .getClassLoader()
            .getResourceAsStream(Contract.BUNDLED_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Contract parse(String text) {
    return Contract.parse(text.getBytes(StandardCharsets.UTF_8), "copy.yaml");
  }

  @Test
  void anUnknownFilterTypeIsNamedWithItsParameter() throws IOException {
    String text =
        bundledText()
            .replaceFirst("type: integer\n        minimum: 0", "type: percent\n        minimum: 0");
    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(ContractException.class)
        .hasMessageContaining("probability")
        .hasMessageContaining("percent");
  }

  @Test
  void anUnknownOperatorIsNamed() throws IOException {
    String text = bundledText().replaceFirst("operators: \\[eq, gt, lt\\]", "operators: [eq, gte]");
    assertThatThrownBy(() -> parse(text)).hasMessageContaining("gte");
  }

  @Test
  void aMissingSupportedVersionListIsRefused() throws IOException {
    String text = bundledText().replace("      x-supported-versions: [\"2024-06-15\"]\n", "");
    assertThatThrownBy(() -> parse(text)).hasMessageContaining("x-supported-versions");
  }

  @Test
  void aDeletionDefaultOutsideItsValuesIsRefused() throws IOException {
    String text = bundledText().replace("default: exclude", "default: hide");
    assertThatThrownBy(() -> parse(text)).hasMessageContaining("deleted");
  }

  @Test
  void theMethodsServedAndTheKeyOfTheOthersAreReadFromThePath() throws IOException {
    MethodRules bundled = Contract.bundled().methods();
    assertThat(bundled.served()).containsExactly("GET", "HEAD", "OPTIONS");
    assertThat(bundled.allow()).isEqualTo("GET, HEAD, OPTIONS");
    assertThat(bundled.notAllowedKey()).isEqualTo("method_not_allowed");

    String renamed = bundledText().replace("const: method_not_allowed", "const: not_allowed");
    assertThat(parse(renamed).methods().notAllowedKey()).isEqualTo("not_allowed");
    // An OPTIONS without a success answer is not served.
    String noOptions =
        bundledText()
            .replace(
                "\"204\":\n          description: The methods",
                "\"404\":\n          description: The methods")
            .replace(
                "\"200\":\n          description: The answer to a CORS",
                "\"409\":\n          description: The answer to a CORS");
    assertThat(parse(noOptions).methods().served()).containsExactly("GET", "HEAD");
  }

  @Test
  void theDigestChangesWithTheText() throws IOException {
    String text = bundledText();
    assertThat(parse(text).sha256()).isEqualTo(Contract.bundled().sha256());
    assertThat(parse(text + "\n# another revision\n").sha256())
        .isNotEqualTo(Contract.bundled().sha256());
  }
}
