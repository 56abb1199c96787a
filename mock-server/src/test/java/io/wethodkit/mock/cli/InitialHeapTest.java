package io.wethodkit.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The child JVM's start heap follows the size of the dataset the arguments name. */
class InitialHeapTest {

  private static final Path JAVA_HOME = Path.of("/opt", "jdk-17");
  private static final Path JAR = Path.of("/srv", "mock", "wethod-projects-mock.jar");

  @TempDir Path dir;

  @Test
  void aLargeGeneratedDatasetGetsAHeapForItInEveryOptionForm() {
    long million = InitialHeap.megabytes(List.of("--generate", "1000000"), Map.of()).orElseThrow();
    assertThat(million)
        .isEqualTo(
            InitialHeap.YOUNG_MB + 1_000_000L * InitialHeap.HEAP_PER_GENERATED_PROJECT / (1 << 20));
    assertThat(InitialHeap.megabytes(List.of("--generate=1000000:42"), Map.of())).hasValue(million);
    assertThat(InitialHeap.megabytes(List.of(), Map.of("WETHOD_MOCK_GENERATE", "1000000")))
        .hasValue(million);
    assertThat(InitialHeap.megabytes(List.of("--generate", "2000000"), Map.of()).orElseThrow())
        .isGreaterThan(million);
  }

  @Test
  void aFolderOfLargeProjectsFilesGetsAHeapForThem() throws IOException {
    sparse("acme.json", 300L << 20);
    sparse("globex.json", 100L << 20);
    Files.writeString(dir.resolve("companies.json"), "x".repeat(1 << 16));

    long expected =
        InitialHeap.YOUNG_MB + (long) ((400L << 20) * InitialHeap.HEAP_PER_FILE_BYTE) / (1 << 20);
    assertThat(InitialHeap.megabytes(List.of("--fixtures", dir.toString()), Map.of()))
        .hasValue(expected);
    assertThat(InitialHeap.megabytes(List.of("--fixtures=" + dir), Map.of())).hasValue(expected);
    assertThat(InitialHeap.megabytes(List.of(), Map.of("WETHOD_MOCK_FIXTURES", dir.toString())))
        .hasValue(expected);
  }

  @Test
  void smallUnreadableOrNoDatasetsKeepTheDefaultStartHeap() throws IOException {
    sparse("acme.json", 1 << 20);
    for (List<String> args :
        List.<List<String>>of(
            List.of(),
            List.of("--port", "0"),
            List.of("--generate", "1000"),
            List.of("--generate", "many"),
            List.of("--fixtures", dir.toString()),
            List.of("--fixtures", dir.resolve("missing").toString()))) {
      assertThat(InitialHeap.megabytes(args, Map.of()))
          .as(args.toString())
          .isEqualTo(OptionalLong.empty());
    }
  }

  @Test
  void theChildStartsWithTheHeapAfterTheDefaultOneSoThatItWins() {
    List<String> command =
        Launcher.childCommand(
            JAVA_HOME, JAR, List.of("--generate", "1000000"), name -> false, 1, Map.of());
    String heap =
        "-Xms"
            + InitialHeap.megabytes(List.of("--generate", "1000000"), Map.of()).orElseThrow()
            + "m";
    assertThat(command.indexOf(heap)).isGreaterThan(command.indexOf("-Xms24m")).isPositive();
    assertThat(command.indexOf(heap))
        .isLessThan(command.indexOf(MockServerCommand.class.getName()));
  }

  private void sparse(String name, long length) throws IOException {
    Files.createDirectories(dir.resolve("projects"));
    try (RandomAccessFile file =
        new RandomAccessFile(dir.resolve("projects/" + name).toFile(), "rw")) {
      file.setLength(length);
    }
  }
}
