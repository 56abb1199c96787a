package io.wethodkit.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The jar's entry point: the child JVM's command line, and when a choice of the user keeps the mock
 * in the JVM it was started in. No process is started.
 */
class LauncherTest {

  private static final Path JAVA_HOME = Path.of("/opt", "jdk-17");
  private static final Path JAR = Path.of("/srv", "mock", "wethod-projects-mock.jar");

  @Test
  void theChildRunsTheMocksMainClassFromTheJarWithTheSmallFootprintOptions() {
    List<String> command =
        Launcher.childCommand(
            JAVA_HOME,
            JAR,
            List.of("--port", "0", "--journal", "--port", "9"),
            name -> false,
            4321);

    List<String> expected = new ArrayList<>();
    expected.add(JAVA_HOME.resolve("bin").resolve("java").toString());
    expected.addAll(Launcher.JVM_OPTIONS);
    expected.add("-Dwethod.mock.inProcess=true");
    expected.add("-Dwethod.mock.launcherPid=4321");
    expected.add("-cp");
    expected.add(JAR.toString());
    expected.add("io.wethodkit.mock.cli.MockServerCommand");
    expected.addAll(List.of("--port", "0", "--journal", "--port", "9"));
    assertThat(command).containsExactlyElementsOf(expected);
  }

  @Test
  void theJvmOptionsComeBeforeTheMainClassAndNoArgumentAfterIt() {
    List<String> command = Launcher.childCommand(JAVA_HOME, JAR, List.of(), name -> true, 1);

    int main = command.indexOf(MockServerCommand.class.getName());
    assertThat(main).isEqualTo(command.size() - 1);
    assertThat(command.indexOf("-D" + Launcher.IN_PROCESS + "=true")).isBetween(1, main - 1);
    for (String option : Launcher.JVM_OPTIONS) {
      assertThat(command.indexOf(option)).as(option).isBetween(1, main - 1);
    }
    for (String option : Launcher.OPTIONS_IF_KNOWN.values()) {
      assertThat(command.indexOf(option)).as(option).isBetween(1, main - 1);
    }
  }

  @Test
  void anOptionThisJvmMayNotKnowIsPassedOnlyWhenItKnowsIt() {
    String trim = Launcher.OPTIONS_IF_KNOWN.get("TrimNativeHeapInterval");
    assertThat(
            Launcher.childCommand(JAVA_HOME, JAR, List.of(), "TrimNativeHeapInterval"::equals, 1))
        .contains(trim);
    assertThat(Launcher.childCommand(JAVA_HOME, JAR, List.of(), name -> false, 1))
        .doesNotContain(trim);
  }

  @Test
  void theChildsOptionsAreThoseOfTheOptionsFileAndAMaximumHeap() {
    assertThat(Launcher.options("# why\n\n-XX:+UseSerialGC\n  -Xss512k  \n# more\n-Xms24m\n"))
        .containsExactly("-XX:+UseSerialGC", "-Xss512k", "-Xms24m");
    List<String> file = Launcher.serverJvmOptions();
    assertThat(file).contains("-XX:+UseSerialGC").noneMatch(option -> option.startsWith("#"));
    assertThat(Launcher.JVM_OPTIONS).startsWith(file.toArray(String[]::new)).endsWith("-Xmx3g");
    assertThat(Launcher.JVM_OPTIONS).hasSize(file.size() + 1);
  }

  @Test
  void theJvmTellsWhichOptionsItKnows() {
    assertThat(Launcher.knownOption("MaxNewSize")).isTrue();
    assertThat(Launcher.knownOption("MinHeapFreeRatio")).isTrue();
    assertThat(Launcher.knownOption("NoSuchOptionInAnyJvm")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-Xmx512m",
        "-Xmx2g",
        "-XX:MaxRAM=4g",
        "-XX:MaxRAMPercentage=50",
        "-XX:MaxRAMFraction=2",
        "-XX:+UseG1GC",
        "-XX:+UseSerialGC",
        "-XX:+UseParallelGC",
        "-XX:+UseZGC",
        "-XX:+UseShenandoahGC",
        "-XX:+UseEpsilonGC"
      })
  void aHeapOrCollectorInTheJvmArgumentsKeepsTheMockInProcess(String option) {
    assertThat(Launcher.userChoseMemory(List.of("-Dfile.encoding=UTF-8", option), null)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-XX:+UseG1GC",
        "-Xmx1g",
        "-XX:MaxRAMPercentage=75.0",
        "-Dfoo=bar -XX:+UseZGC",
        "  -Xmx256m   -Dfoo=bar  "
      })
  void aHeapOrCollectorInJavaToolOptionsKeepsTheMockInProcess(String toolOptions) {
    assertThat(Launcher.userChoseMemory(List.of(), toolOptions)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-Xms64m",
        "-Xss1m",
        "-XX:-UseG1GC",
        "-XX:+UseCompressedOops",
        "-XX:+UseStringDeduplication",
        "-XX:MaxMetaspaceSize=128m",
        "-XX:MinRAMPercentage=10",
        "-XX:InitialRAMPercentage=10",
        "-Dwethod.mock.port=8080",
        "-Dxmx=1g",
        "-javaagent:agent.jar",
        "-verbose:gc"
      })
  void otherOptionsLeaveTheChoiceToTheLauncher(String option) {
    assertThat(Launcher.userChoseMemory(List.of(option), null)).isFalse();
    assertThat(Launcher.userChoseMemory(List.of(), option)).isFalse();
  }

  @Test
  void noOptionsAtAllLeaveTheChoiceToTheLauncher() {
    assertThat(Launcher.userChoseMemory(List.of(), null)).isFalse();
    assertThat(Launcher.userChoseMemory(List.of(), "")).isFalse();
    assertThat(Launcher.userChoseMemory(List.of(), "   ")).isFalse();
  }
}
