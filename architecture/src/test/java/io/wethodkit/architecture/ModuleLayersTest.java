package io.wethodkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The kit's modules build on each other in one direction: each module's main code imports only its
 * own packages and those of the modules it depends on, which all lie below it in {@link #ORDER}.
 * The dependencies are read from the poms, the imports from the sources.
 */
class ModuleLayersTest {

  /** The modules from the bottom up, by folder: each may depend only on modules before it. */
  static final List<String> ORDER =
      List.of(
          "contract",
          "fixtures",
          "mock-client",
          "mock-server",
          "mock-client/live-tests",
          "conformance-tests",
          "drift",
          "testcontainers",
          "examples/java-client",
          "examples/typescript");

  private static final String GROUP = "io.wethodkit";
  private static final Pattern PACKAGE =
      Pattern.compile("^package (io\\.wethodkit[a-z0-9_.]*);", Pattern.MULTILINE);

  /** A reference to a class of the kit: its package, then the class's capitalised name. */
  private static final Pattern REFERENCE =
      Pattern.compile("\\b(io\\.wethodkit(?:\\.[a-z][a-z0-9_]*)+)\\.(?:[A-Z]|\\*)");

  private static Path root;
  private static Map<String, Module> modules;

  /** One module: its folder, its artifact, the kit's artifacts it depends on by scope. */
  record Module(String folder, String artifact, Map<String, String> dependencies) {

    Set<String> compiled() {
      Set<String> out = new LinkedHashSet<>();
      dependencies.forEach(
          (artifact, scope) -> {
            if (!scope.equals("test")) {
              out.add(artifact);
            }
          });
      return out;
    }
  }

  @BeforeAll
  static void readThePoms() throws Exception {
    root = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();
    modules = new LinkedHashMap<>();
    for (String folder : ORDER) {
      modules.put(folder, module(folder));
    }
  }

  @Test
  void theOrderNamesEveryModuleOfTheBuild() throws Exception {
    List<String> built = new ArrayList<>(texts(read(root.resolve("pom.xml")), "module"));
    built.remove("architecture");
    assertThat(built).containsExactlyInAnyOrderElementsOf(ORDER);
  }

  @Test
  void noModuleDependsOnOneAboveIt() {
    List<String> upward = new ArrayList<>();
    for (Module module : modules.values()) {
      int level = ORDER.indexOf(module.folder());
      for (String artifact : module.dependencies().keySet()) {
        int other = ORDER.indexOf(folderOf(artifact));
        if (other >= level) {
          upward.add(module.folder() + " -> " + artifact);
        }
      }
    }
    assertThat(upward).as("dependencies on a module at or above the dependent").isEmpty();
  }

  @Test
  void mainCodeImportsOnlyItsModuleAndThoseItDependsOn() throws IOException {
    Map<String, String> owners = packageOwners();
    assertThat(owners).as("packages of the main code").isNotEmpty();
    List<String> wrong = new ArrayList<>();
    for (Module module : modules.values()) {
      Set<String> allowed = reachable(module);
      for (Path file : mainSources(module.folder())) {
        Matcher reference = REFERENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
        Set<String> used = new TreeSet<>();
        while (reference.find()) {
          used.add(reference.group(1));
        }
        for (String pkg : used) {
          String owner = owners.get(pkg);
          if (owner == null) {
            wrong.add(
                root.relativize(file) + " uses " + pkg + ", a package of no module's main code");
          } else if (!allowed.contains(owner)) {
            wrong.add(root.relativize(file) + " uses " + pkg + " of " + owner);
          }
        }
      }
    }
    assertThat(wrong)
        .as("main code that uses a module it does not depend on (or one above it)")
        .isEmpty();
  }

  @Test
  void noPackageLivesInTwoModules() throws IOException {
    Map<String, Set<String>> homes = new TreeMap<>();
    for (String folder : ORDER) {
      for (Path file : mainSources(folder)) {
        packageOf(file)
            .ifPresentOrElse(
                pkg -> homes.computeIfAbsent(pkg, k -> new TreeSet<>()).add(folder), () -> {});
      }
    }
    assertThat(homes).isNotEmpty();
    homes.forEach((pkg, folders) -> assertThat(folders).as(pkg).hasSize(1));
  }

  @Test
  void noPackageOfAnyModuleDependsOnItselfThroughOthers() throws IOException {
    Set<String> kit = packageOwners().keySet();
    Map<String, Set<String>> uses = new TreeMap<>();
    for (String folder : ORDER) {
      for (Path file : mainSources(folder)) {
        String from = packageOf(file).orElseThrow();
        Set<String> targets = uses.computeIfAbsent(from, k -> new TreeSet<>());
        Matcher reference = REFERENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (reference.find()) {
          String used = reference.group(1);
          if (!used.equals(from) && kit.contains(used)) {
            targets.add(used);
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

  /** The module itself and every module its main code reaches through non-test dependencies. */
  private static Set<String> reachable(Module module) {
    Set<String> reached = new LinkedHashSet<>();
    Deque<String> next = new ArrayDeque<>(List.of(module.folder()));
    while (!next.isEmpty()) {
      String folder = next.pop();
      if (reached.add(folder)) {
        modules.get(folder).compiled().forEach(artifact -> next.push(folderOf(artifact)));
      }
    }
    return reached;
  }

  private static Map<String, String> packageOwners() throws IOException {
    Map<String, String> owners = new TreeMap<>();
    for (String folder : ORDER) {
      for (Path file : mainSources(folder)) {
        packageOf(file).ifPresent(pkg -> owners.put(pkg, folder));
      }
    }
    return owners;
  }

  private static java.util.Optional<String> packageOf(Path file) throws IOException {
    Matcher matcher = PACKAGE.matcher(Files.readString(file, StandardCharsets.UTF_8));
    return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
  }

  private static List<Path> mainSources(String folder) throws IOException {
    Path sources = root.resolve(folder).resolve("src/main/java");
    if (!Files.isDirectory(sources)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(sources)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static String folderOf(String artifact) {
    return modules.values().stream()
        .filter(m -> m.artifact().equals(artifact))
        .map(Module::folder)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no module of the order builds " + artifact));
  }

  private static Module module(String folder) throws Exception {
    Document pom = read(root.resolve(folder).resolve("pom.xml"));
    Element project = pom.getDocumentElement();
    String artifact = childText(project, "artifactId");
    Map<String, String> dependencies = new LinkedHashMap<>();
    for (Element dependencies_ : children(project, "dependencies")) {
      for (Element dependency : children(dependencies_, "dependency")) {
        if (GROUP.equals(childText(dependency, "groupId"))) {
          String scope = childText(dependency, "scope");
          dependencies.merge(
              childText(dependency, "artifactId"),
              scope == null ? "compile" : scope,
              (a, b) -> a.equals("test") ? b : a);
        }
      }
    }
    return new Module(folder, artifact, dependencies);
  }

  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  private static List<String> texts(Document document, String tag) {
    List<String> out = new ArrayList<>();
    NodeList nodes = document.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent().trim());
    }
    return out;
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(tag)) {
        out.add(element);
      }
    }
    return out;
  }

  private static String childText(Element parent, String tag) {
    List<Element> found = children(parent, tag);
    return found.isEmpty() ? null : found.get(0).getTextContent().trim();
  }
}
