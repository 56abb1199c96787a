package io.wethodkit.conformance.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.mock.junit.MockBaseUrl;
import io.wethodkit.mock.junit.WethodMock;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suite as a JUnit gate, as a team writes it: the kit's mock runs in-process with the fixture
 * dataset, and the whole suite certifies it.
 */
@WethodMock
class CertifyTheMockExampleTest {

  @Test
  void theMockConforms(@MockBaseUrl String baseUrl, @TempDir Path reports) {
    ConformanceReport report =
        ConformanceSuite.create().reportDir(reports).run(ConformanceTarget.seeded(baseUrl));

    ConformanceAssertions.assertConforms(report);

    assertThat(report.summary().pass()).isEqualTo(report.results().size());
    for (String file : ConformanceReport.FILES) {
      assertThat(reports.resolve(file)).isNotEmptyFile();
    }
  }
}
