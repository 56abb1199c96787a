package io.wethodkit.mock.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The jar's entry point: runs the mock in a JVM sized for it. {@code java -jar} cannot take JVM
 * options from the manifest, and the JVM's defaults (a parallel collector, a heap of a quarter of
 * the machine's memory) let the mock grow several times larger than it needs. So, unless the user
 * chose a heap or collector, it starts the mock in a child JVM with the serial collector and a heap
 * that grows only with the data, forwards its output and exit code, and stops it on Ctrl-C.
 */
public final class Launcher {

  /** Set in the child; also lets a user opt out ({@code -Dwethod.mock.inProcess=true}). */
  static final String IN_PROCESS = "wethod.mock.inProcess";

  /** Set in the child to the launcher's process id: the child stops when the launcher is gone. */
  static final String LAUNCHER_PID = "wethod.mock.launcherPid";

  /** How long a stop may take before the child is killed. */
  private static final long CHILD_STOP_SECONDS = 10;

  /** The server JVM's options, shared with the Docker image, one per line ({@code #} comments). */
  static final String OPTIONS_RESOURCE = "server-jvm.options";

  /**
   * The child's JVM options: {@link #OPTIONS_RESOURCE}, then the maximum heap. The serial collector
   * (no concurrent threads, no regions), a small start heap kept between 10% and 20% free after
   * each full collection (it grows with the data and shrinks back after bursts), small thread
   * stacks. 1,000,000 projects take about 500 MB in all; the maximum leaves room for more. The
   * young generation is capped: on a large heap it would otherwise grow to hundreds of megabytes,
   * which measured several times the p99 latency and a quarter more RSS, for no gain in throughput.
   * The server compiler alone, without the client compiler's tiers: about 12 MB less RSS for 5%
   * more CPU per request and 0.2 s more to start.
   */
  static final List<String> JVM_OPTIONS = withMaximumHeap(serverJvmOptions(), "-Xmx3g");

  /**
   * Options by name that only later updates of Java 17 know, passed when this JVM knows them (the
   * child runs the same java): giving freed native memory back every second keeps the RSS after a
   * burst of requests about 20 MB lower.
   */
  static final Map<String, String> OPTIONS_IF_KNOWN =
      Map.of("TrimNativeHeapInterval", "-XX:TrimNativeHeapInterval=1000");

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Path jar = ownJar();
    if (Boolean.getBoolean(IN_PROCESS)
        || jar == null
        || userChoseMemory(
            ManagementFactory.getRuntimeMXBean().getInputArguments(),
            System.getenv("JAVA_TOOL_OPTIONS"))) {
      MockServerCommand.main(args);
      return;
    }
    List<String> command =
        childCommand(
            Path.of(System.getProperty("java.home")),
            jar,
            List.of(args),
            Launcher::knownOption,
            ProcessHandle.current().pid(),
            System.getenv());
    Process child = new ProcessBuilder(command).inheritIO().start();
    Thread stop = new Thread(() -> stopChild(child), "wethod-projects-mock-child-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    int code = child.waitFor();
    try {
      Runtime.getRuntime().removeShutdownHook(stop);
    } catch (IllegalStateException shuttingDown) {
      // A signal ended the child: the hook ends the launcher with its exit code.
      return;
    }
    System.exit(code);
  }

  /**
   * SIGTERM or Ctrl-C on the launcher: the child stops too (SIGTERM, then a kill if it hangs), and
   * the launcher ends with the child's exit code, 0 for a clean stop, rather than the signal's.
   */
  private static void stopChild(Process child) {
    child.destroy();
    int code = 1;
    try {
      if (!child.waitFor(CHILD_STOP_SECONDS, TimeUnit.SECONDS)) {
        child.destroyForcibly();
      }
      code = child.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Runtime.getRuntime().halt(code);
  }

  /**
   * The child's command line: the java of {@code javaHome}, {@link #JVM_OPTIONS}, those of {@link
   * #OPTIONS_IF_KNOWN} whose name {@code known} accepts, the in-process flag (so the child does not
   * launch again), the launcher's process id, the mock's main class from {@code jar}, then {@code
   * args} as given.
   */
  static List<String> childCommand(
      Path javaHome, Path jar, List<String> args, Predicate<String> known, long launcherPid) {
    return childCommand(javaHome, jar, args, known, launcherPid, Map.of());
  }

  /**
   * As {@link #childCommand(Path, Path, List, Predicate, long)}, with a start heap sized for the
   * dataset that {@code args} or {@code env} name when it is large ({@link InitialHeap}).
   */
  static List<String> childCommand(
      Path javaHome,
      Path jar,
      List<String> args,
      Predicate<String> known,
      long launcherPid,
      Map<String, String> env) {
    List<String> command = new ArrayList<>();
    command.add(javaHome.resolve("bin").resolve("java").toString());
    command.addAll(JVM_OPTIONS);
    InitialHeap.megabytes(args, env).ifPresent(mb -> command.add("-Xms" + mb + "m"));
    new TreeMap<>(OPTIONS_IF_KNOWN)
        .forEach(
            (name, option) -> {
              if (known.test(name)) {
                command.add(option);
              }
            });
    command.add("-D" + IN_PROCESS + "=true");
    command.add("-D" + LAUNCHER_PID + "=" + launcherPid);
    command.add("-cp");
    command.add(jar.toString());
    command.add(MockServerCommand.class.getName());
    command.addAll(args);
    return command;
  }

  /**
   * Whether the user set a heap size or a collector for this JVM (then it is used as is), in its
   * arguments or in {@code JAVA_TOOL_OPTIONS}.
   *
   * @param jvmArguments the JVM's input arguments
   * @param javaToolOptions the value of {@code JAVA_TOOL_OPTIONS}, or null when unset
   */
  static boolean userChoseMemory(List<String> jvmArguments, String javaToolOptions) {
    List<String> arguments = new ArrayList<>(jvmArguments);
    if (javaToolOptions != null) {
      arguments.addAll(List.of(javaToolOptions.trim().split("\\s+")));
    }
    return arguments.stream()
        .anyMatch(
            a ->
                a.startsWith("-Xmx")
                    || a.startsWith("-XX:MaxRAM")
                    || (a.startsWith("-XX:+Use") && a.endsWith("GC")));
  }

  /** The options of {@link #OPTIONS_RESOURCE}, in their order. */
  static List<String> serverJvmOptions() {
    try (InputStream in = Launcher.class.getResourceAsStream(OPTIONS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(OPTIONS_RESOURCE + " is missing beside " + Launcher.class);
      }
      return options(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The options of a file as {@code java @file} reads them: blank lines and comments left out. */
  static List<String> options(String text) {
    return text.lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  private static List<String> withMaximumHeap(List<String> options, String maximum) {
    List<String> all = new ArrayList<>(options);
    all.add(maximum);
    return List.copyOf(all);
  }

  /** Whether this JVM has the option {@code name} (e.g. {@code MaxNewSize}). */
  static boolean knownOption(String name) {
    try {
      ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption(name);
      return true;
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return false;
    }
  }

  private static Path ownJar() {
    try {
      Path path =
          Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return path.toString().endsWith(".jar") && new File(path.toString()).isFile() ? path : null;
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return null;
    }
  }
}
