package io.wethodkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.conformance.catalogue.Level;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.support.Suite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's requirements table is the catalogue as expanded for the bundled contract. Run with
 * {@code -Dreadme.write=true} to rewrite the table after changing the catalogue or the contract.
 */
class ReadmeTest {

  private static final Path README = Path.of("README.md");
  private static final String START = "<!-- requirements:start -->";
  private static final String END = "<!-- requirements:end -->";

  @Test
  void theReadmeListsEveryRequirementOfTheCatalogue() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertThat(start).as("the README has the marker " + START).isNotNegative();
    assertThat(end).as("the README has the marker " + END).isGreaterThan(start);
    // Keep the table in step with the catalogue on request.
    String table = table();
    if (Boolean.getBoolean("readme.write")) {
      readme = readme.substring(0, start + START.length()) + "\n" + table + readme.substring(end);
      Files.writeString(README, readme, StandardCharsets.UTF_8);
    }
    String listed = readme.substring(start, readme.indexOf(END));
    for (Requirement requirement : Suite.CATALOGUE.requirements()) {
      assertThat(listed).contains("| `" + requirement.id() + "` | " + requirement.level() + " |");
    }
    assertThat(listed.strip()).isEqualTo((START + "\n" + table).strip());
  }

  private static String table() {
    StringBuilder out =
        new StringBuilder("| Id | Level | Status | Title | Rests on |\n|---|---|---|---|---|\n");
    for (Requirement requirement : Suite.CATALOGUE.requirements()) {
      out.append("| `")
          .append(requirement.id())
          .append("` | ")
          .append(requirement.level())
          .append(" | ")
          .append(requirement.status())
          .append(" | ")
          .append(escape(requirement.title()))
          .append(" | ")
          .append(escape(restsOn(requirement)))
          .append(" |\n");
    }
    return out.toString();
  }

  /** For a MUST the reference page's sentences, for a SHOULD its Interpretation. */
  private static String restsOn(Requirement requirement) {
    if (requirement.level() == Level.MUST) {
      return requirement.page().stream()
          .map(line -> "\u201c" + line + "\u201d")
          .collect(Collectors.joining(" "));
    }
    Matcher interpretation = INTERPRETATION.matcher(requirement.rationale());
    return interpretation.find() ? interpretation.group() : "";
  }

  private static final Pattern INTERPRETATION = Pattern.compile("Interpretation \\d+");

  private static String escape(String text) {
    return text.replace("|", "\\|").replace("<", "\\<").replace(">", "\\>");
  }
}
