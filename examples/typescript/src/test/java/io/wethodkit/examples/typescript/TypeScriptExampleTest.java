package io.wethodkit.examples.typescript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wethodkit.mock.junit.MockBaseUrl;
import io.wethodkit.mock.junit.WethodMock;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript example as a frontend team builds it: dependencies from its lock file, types
 * generated from the contract, {@code tsc --strict}, then a run with Node against the mock.
 */
@WethodMock
class TypeScriptExampleTest {

  private static final Path EXAMPLE = Path.of("").toAbsolutePath();
  private static final Path CONTRACT = EXAMPLE.resolve("../../contract/openapi.yaml").normalize();

  /** The output of a finished command. */
  private record Run(int exitCode, String output) {}

  @BeforeAll
  static void installTheExamplesDependencies() throws Exception {
    assumeTrue(
        onPath("node") && onPath("npm"),
        "node and npm are not on PATH: the TypeScript example needs Node.js 20+ and npm");
    Run install = run("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
    assertThat(install.exitCode()).as(install.output()).isZero();
  }

  @Test
  void theExampleCompilesUnderStrictAndPassesAgainstTheMock(@MockBaseUrl String baseUrl)
      throws Exception {
    Run build = run("npm", "run", "build");
    assertThat(build.exitCode()).as(build.output()).isZero();
    assertThat(EXAMPLE.resolve("src/generated/api.d.ts")).content().contains("metadata_${number}");

    Run example = run("node", "dist/example.js", baseUrl);
    assertThat(example.exitCode()).as(example.output()).isZero();
    assertThat(example.output())
        .contains("ok pages: 1,2,3,4,5 then ")
        .contains("ok deleted: exclude 156, only 16, include 172")
        .contains(
            "ok errors: 400 invalid_data, 401 unauthorized, 403 forbidden, 412 precondition_failure")
        .containsPattern("[0-9]+ checks passed");
    for (String filter : List.of("updated_at", "deleted_at", "probability", "date_start")) {
      assertThat(example.output())
          .contains("ok filter " + filter + "=")
          .contains("ok filter " + filter + "=gt:")
          .contains("ok filter " + filter + "=lt:");
    }
  }

  @Test
  void thePlainCliTypesPaginationAsNumbersAndProjectsWithoutAStringIndex() throws Exception {
    Path plain = EXAMPLE.resolve("target/plain-cli/api.d.ts");
    Files.createDirectories(plain.getParent());
    Run cli = run("npx", "openapi-typescript", CONTRACT.toString(), "-o", plain.toString());
    assertThat(cli.exitCode()).as(cli.output()).isZero();
    String types = Files.readString(plain, StandardCharsets.UTF_8);
    assertThat(types)
        .contains("limit?: components[\"parameters\"][\"Limit\"];")
        .contains("offset?: components[\"parameters\"][\"Offset\"];")
        .contains("Limit: number;")
        .contains("Offset: number;")
        .doesNotContain("[key: string]: string;");
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String folder : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(folder, command))) {
        return true;
      }
    }
    return false;
  }

  private static Run run(String... command) throws IOException, InterruptedException {
    Path log = Files.createTempFile("typescript-example", ".log");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(EXAMPLE.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return new Run(-1, String.join(" ", command) + " did not finish in 5 minutes");
      }
      return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
