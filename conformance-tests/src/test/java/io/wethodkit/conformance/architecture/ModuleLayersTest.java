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
 * The kit's modules are layered, each resting only on the ones below it: the contract and its
 * semantics at the bottom, then the fixtures, the admin client, the mock, the suite, and the
 * Testcontainers module on top. No main source imports a module above its own, and the packages of
 * all modules together form no cycle.
 */
class ModuleLayersTest {

  /** The modules from the bottom up, each with the package root of its main sources. */
  private static final List<Map.Entry<String, String>> LAYERS =
      List.of(
          Map.entry("contract", "io.wethodkit.contract"),
          Map.entry("fixtures", "io.wethodkit.fixtures"),
          Map.entry("mock-client", "io.wethodkit.mock.client"),
          Map.entry("mock-server", "io.wethodkit.mock"),
          Map.entry("conformance-tests", "io.wethodkit.conformance"),
          Map.entry("testcontainers", "io.wethodkit.testcontainers"));

  private static final Path ROOT = Path.of("..");
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?(io\\.wethodkit\\.[a-z.]+)\\.[A-Z]", Pattern.MULTILINE);

  @Test
  void noModuleImportsOneAboveIt() throws IOException {
    List<String> upward = new ArrayList<>();
    int files = 0;
    for (int layer = 0; layer < LAYERS.size(); layer++) {
      String module = LAYERS.get(layer).getKey();
      for (Path file : sources(module)) {
        files++;
        Matcher matcher = IMPORT.matcher(Files.readString(file));
        while (matcher.find()) {
          int target = layerOf(matcher.group(1));
          if (target > layer) {
            upward.add(
                module
                    + "/"
                    + ROOT.resolve(module).relativize(file)
                    + " imports "
                    + matcher.group(1));
          }
        }
      }
    }
    assertThat(files).as("main sources found").isGreaterThan(100);
    assertThat(upward).as("imports of a module above the importing one").isEmpty();
  }

  @Test
  void noPackageOfAnyModuleDependsOnItselfThroughOthers() throws IOException {
    Map<String, Set<String>> uses = new TreeMap<>();
    for (Map.Entry<String, String> layer : LAYERS) {
      Path main = ROOT.resolve(layer.getKey()).resolve("src/main/java");
      for (Path file : sources(layer.getKey())) {
        String from = main.relativize(file.getParent()).toString().replace('/', '.');
        Set<String> targets = uses.computeIfAbsent(from, k -> new TreeSet<>());
        Matcher matcher = IMPORT.matcher(Files.readString(file));
        while (matcher.find()) {
          if (!matcher.group(1).equals(from)) {
            targets.add(matcher.group(1));
          }
        }
      }
    }
    assertThat(uses).containsKeys("io.wethodkit.contract.semantics", "io.wethodkit.mock.filter");
    List<String> cycles = new ArrayList<>();
    for (String start : uses.keySet()) {
      if (reaches(uses, start, start, new TreeSet<>())) {
        cycles.add(start);
      }
    }
    assertThat(cycles).as("packages on a dependency cycle; uses: %s", uses).isEmpty();
  }

  private static boolean reaches(
      Map<String, Set<String>> uses, String from, String target, Set<String> seen) {
    for (String next : uses.getOrDefault(from, Set.of())) {
      if (next.equals(target)) {
        return true;
      }
      if (seen.add(next) && reaches(uses, next, target, seen)) {
        return true;
      }
    }
    return false;
  }

  /** The layer of the module whose package root is the longest prefix of {@code pkg}. */
  private static int layerOf(String pkg) {
    int found = -1;
    int longest = -1;
    for (int layer = 0; layer < LAYERS.size(); layer++) {
      String root = LAYERS.get(layer).getValue();
      if ((pkg.equals(root) || pkg.startsWith(root + ".")) && root.length() > longest) {
        found = layer;
        longest = root.length();
      }
    }
    if (found < 0) {
      throw new AssertionError("no module holds the package " + pkg);
    }
    return found;
  }

  private static List<Path> sources(String module) throws IOException {
    Path main = ROOT.resolve(module).resolve("src/main/java");
    if (!Files.isDirectory(main)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(main)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }
}
