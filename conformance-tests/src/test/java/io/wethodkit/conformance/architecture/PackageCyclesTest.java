package io.wethodkit.conformance.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The suite's packages depend on each other in one direction only, so that each can be read (and
 * changed) knowing only the ones below it. (A strict order admits no cycle; cycles across all the
 * kit's packages are the architecture module's test.)
 */
class PackageCyclesTest {

  /**
   * The suite's packages from the bottom up: each may import only those before it. The verdicts are
   * values below the checks that return them; JUnit is an adapter above the runner, not a layer the
   * checks rest on.
   */
  private static final List<String> LAYERS =
      List.of(
          "catalogue",
          "client",
          "seeded",
          "config",
          "verdict",
          "checks",
          "runner",
          "report",
          "junit",
          "suite",
          "api",
          "cli");

  private static final Path SOURCES = Path.of("src/main/java");
  private static final String ROOT = "io.wethodkit.conformance.";
  private static final Pattern IMPORT =
      Pattern.compile(
          "^import (?:static )?(io\\.wethodkit\\.conformance\\.[a-z.]+)\\.[A-Z]",
          Pattern.MULTILINE);

  @Test
  void noPackageImportsOneAboveIt() throws IOException {
    Map<String, Set<String>> uses = dependencies();
    assertThat(uses).as("packages found").containsKeys(ROOT + "checks", ROOT + "runner");
    List<String> upward = new ArrayList<>();
    for (Map.Entry<String, Set<String>> entry : uses.entrySet()) {
      int from = layer(entry.getKey());
      for (String used : entry.getValue()) {
        if (layer(used) >= from) {
          upward.add(entry.getKey() + " -> " + used);
        }
      }
    }
    assertThat(upward).as("imports of a package at or above the importer's layer").isEmpty();
  }

  private static int layer(String pkg) {
    int index = LAYERS.indexOf(pkg.substring(ROOT.length()));
    assertThat(index).as("%s is in no layer of %s", pkg, LAYERS).isNotNegative();
    return index;
  }

  private static Map<String, Set<String>> dependencies() throws IOException {
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String from = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
        Set<String> targets = uses.computeIfAbsent(from, k -> new TreeSet<>());
        Matcher matcher = IMPORT.matcher(Files.readString(file));
        while (matcher.find()) {
          if (!matcher.group(1).equals(from)) {
            targets.add(matcher.group(1));
          }
        }
      }
    }
    return uses;
  }
}
