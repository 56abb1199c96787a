package io.wethodkit.mock.junit;

import static io.wethodkit.mock.client.CoverageAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.wethodkit.mock.client.MockCoverage;
import io.wethodkit.mock.support.Calls;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The coverage as the extension hands it out: injected, adding up over the tests of the class (the
 * reset before each test leaves it), and {@code requireCoverage} checked after all of them.
 */
class WethodMockCoverageTest {

  private static Map<String, String> withoutVersion() {
    Map<String, String> headers = new HashMap<>(Calls.headers("tok-both", "acme"));
    headers.remove("Wethod-Version");
    return headers;
  }

  /** One class of tests as a team writes them: each test meets something, the class adds up. */
  @Nested
  @WethodMock(fixtures = "src/test/resources/testdata")
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class AddingUpOverTheClass {

    @Test
    @Order(1)
    void startsWithNothingCoveredAndSeesItsOwnCalls(
        io.wethodkit.mock.MockServer mock, MockCoverage coverage) {
      assertThat(coverage).coversNothing();
      Calls.list(mock, "", withoutVersion());
      assertThat(coverage).covers("412.missing-version").hasNotCovered("200");
    }

    @Test
    @Order(2)
    void keepsWhatTheTestsBeforeMetAcrossTheResetOfTheState(
        io.wethodkit.mock.MockServer mock, MockCoverage coverage) {
      assertThat(coverage).covers("412.missing-version");
      Calls.list(mock, "deleted=only", Calls.headers("tok-both", "acme"));
      assertThat(coverage).covers("412.missing-version", "200", "deleted.only");
    }

    @Test
    @Order(3)
    void aTestMayStartItsOwnCoverage(MockCoverage coverage) {
      coverage.reset();
      assertThat(coverage).coversNothing();
    }
  }

  @Test
  void aClassThatMeetsWhatItRequiresPasses() {
    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(MeetsItsRequirement.class))
            .execute();
    results.testEvents().assertStatistics(stats -> stats.failed(0).succeeded(3));
    results.containerEvents().assertStatistics(stats -> stats.failed(0));
  }

  @Test
  void aClassThatLeavesARequiredBehaviourUncoveredFailsAfterItsTestsNamingItAndHowToMeetIt() {
    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(LeavesOneUncovered.class))
            .execute();

    results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(LeavesOneUncovered.class),
                finishedWithFailure(
                    instanceOf(AssertionError.class),
                    message(
                        m ->
                            m.contains("LeavesOneUncovered")
                                && m.contains("requireCoverage")
                                && m.contains("page.last-short")
                                && m.contains("meet it with: GET /api/projects?")
                                && !m.contains("412.missing-version (")))));
  }

  @Test
  void anUnknownRequiredBehaviourFailsTheClassBeforeItsTests() {
    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(RequiresAnUnknownBehaviour.class))
            .execute();

    results.testEvents().assertStatistics(stats -> stats.started(0));
    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(RequiresAnUnknownBehaviour.class),
                finishedWithFailure(
                    instanceOf(IllegalArgumentException.class),
                    message(
                        m ->
                            m.contains("412.missing-versions")
                                && m.contains("412.missing-version,")))));
  }

  /** Run by the tests above through the engine test kit, not by the build on its own. */
  @WethodMock(
      fixtures = "src/test/resources/testdata",
      requireCoverage = {"412.missing-version", "page.last-short"})
  static class MeetsItsRequirement {
    @Test
    void missesTheVersion(io.wethodkit.mock.MockServer mock) {
      Calls.list(mock, "", withoutVersion());
    }

    @Test
    void readsTheLastShortPage(io.wethodkit.mock.MockServer mock) {
      Calls.list(mock, "limit=5&offset=5", Calls.headers("tok-both", "acme"));
    }

    @Nested
    class InANestedClass {
      @Test
      void addsToTheEnclosingClass(io.wethodkit.mock.MockServer mock) {
        Calls.list(mock, "", Calls.headers("tok-view", "acme"));
      }
    }
  }

  @WethodMock(
      fixtures = "src/test/resources/testdata",
      requireCoverage = {"412.missing-version", "page.last-short"})
  static class LeavesOneUncovered {
    @Test
    void missesTheVersionOnly(io.wethodkit.mock.MockServer mock) {
      Calls.list(mock, "", withoutVersion());
    }
  }

  @WethodMock(
      fixtures = "src/test/resources/testdata",
      requireCoverage = {"412.missing-versions"})
  static class RequiresAnUnknownBehaviour {
    @Test
    void neverRuns() {
      throw new AssertionError("the class should have failed before its tests");
    }
  }
}
