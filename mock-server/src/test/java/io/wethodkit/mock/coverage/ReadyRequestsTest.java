package io.wethodkit.mock.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.mock.MockServer;
import io.wethodkit.mock.client.Coverage;
import io.wethodkit.mock.client.MockAdminClient;
import io.wethodkit.mock.client.MockIdentity;
import io.wethodkit.mock.support.RawHttp;
import io.wethodkit.mock.support.ReadyRequestSender;
import io.wethodkit.mock.support.TestData;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The request offered for each behaviour never met is right on the mock's current data: sent as it
 * is, over HTTP, it meets that behaviour, on the bundled data, on a small dataset, on generated
 * data and on data changed through the admin API; where no request can, the coverage says why.
 */
class ReadyRequestsTest {

  /** Sends each behaviour's ready request on its own and checks it meets that behaviour. */
  private static void everyReadyRequestMeetsItsBehaviour(MockServer mock) {
    Coverage fresh = mock.coverage().current();
    assertThat(fresh.coveredIds()).isEmpty();
    for (Coverage.Behaviour behaviour : fresh.behaviours()) {
      assertThat(behaviour.howToMeet())
          .as("%s has a ready request (%s)", behaviour.id(), behaviour.cannotMeet())
          .isNotNull();
      RawHttp.Reply reply = ReadyRequestSender.send(mock, behaviour.howToMeet());
      assertThat(reply.status()).as(behaviour.howToMeet().describe()).isLessThan(500);
      assertThat(mock.coverage().current().coveredIds())
          .as("%s meets %s", behaviour.howToMeet().describe(), behaviour.id())
          .contains(behaviour.id());
      mock.coverage().reset();
    }
  }

  private static void withMock(MockServer.Builder builder, Consumer<MockServer> test) {
    try (MockServer mock = builder.build().start()) {
      test.accept(mock);
    }
  }

  @Test
  void onTheBundledDataEachReadyRequestMeetsItsBehaviour() {
    withMock(MockServer.builder(), ReadyRequestsTest::everyReadyRequestMeetsItsBehaviour);
  }

  @Test
  void onASmallDatasetEachReadyRequestMeetsItsBehaviour() {
    withMock(
        MockServer.builder().fixtures(TestData.dir()),
        ReadyRequestsTest::everyReadyRequestMeetsItsBehaviour);
  }

  @Test
  void aFilterAddedToTheContractIsCoveredAndMetLikeTheOthers() {
    withMock(
        MockServer.builder()
            .contract(io.wethodkit.contract.testing.ContractCopies.withDurationFilter())
            .fixtures(TestData.dir()),
        mock -> {
          assertThat(mock.coverage().current().ids())
              .contains(
                  "filter.duration.eq", "filter.duration.gt", "filter.duration.lt", "400.duration");
          everyReadyRequestMeetsItsBehaviour(mock);
        });
  }

  @Test
  void onGeneratedDataThePagesAreWorkedOutFromHowManyProjectsAreSeen() {
    withMock(
        MockServer.builder().fixtures(TestData.dir()),
        mock -> {
          MockAdminClient admin = mock.admin();
          admin.generateProjects(2345, 7);
          Coverage.Request lastShort =
              mock.coverage().current().behaviour("page.last-short").orElseThrow().howToMeet();
          assertThat(lastShort.note()).contains(" sees ");
          everyReadyRequestMeetsItsBehaviour(mock);
        });
  }

  @Test
  void aBehaviourThatTheDataCannotMeetSaysWhyAndWhatToChange() {
    withMock(
        MockServer.builder().fixtures(TestData.dir()),
        mock -> {
          MockAdminClient admin = mock.admin();
          // No member without permissions any more, and no identity that holds one alone.
          admin.deleteIdentity("none");
          admin.setPermissions("view", "acme", List.of("pipeline.view", "pipeline.view_other"));
          admin.setPermissions("multi", "acme", List.of("pipeline.view", "pipeline.view_other"));
          Coverage coverage = mock.coverage().current();

          Coverage.Behaviour noPermission = coverage.behaviour("403.no-permission").orElseThrow();
          assertThat(noPermission.howToMeet()).isNull();
          assertThat(noPermission.cannotMeet())
              .contains("PUT /__admin/projects-mock/identities/{name}/permissions/{company}");
          Coverage.Behaviour own = coverage.behaviour("scope.own").orElseThrow();
          assertThat(own.howToMeet()).isNull();
          assertThat(own.cannotMeet()).contains("pipeline.view");

          // Given back through the admin API, the data meets them again.
          admin.putIdentity(
              new MockIdentity("loner", "", "tok-loner", 99, false, Map.of("acme", List.of())));
          admin.setPermissions("view", "acme", List.of("pipeline.view"));
          Coverage after = mock.coverage().current();
          assertThat(after.behaviour("403.no-permission").orElseThrow().howToMeet().identity())
              .isEqualTo("loner");
          assertThat(after.behaviour("scope.own").orElseThrow().howToMeet().identity())
              .isEqualTo("view");
        });
  }

  @Test
  void withoutAnyProjectToSeeThePagesCannotBeMet() {
    withMock(
        MockServer.builder().fixtures(TestData.dir()),
        mock -> {
          for (String company : List.of("acme", "globex")) {
            mock.admin()
                .projects(company)
                .forEach(p -> mock.admin().deleteProject(company, p.path("id").asLong()));
          }
          Coverage coverage = mock.coverage().current();
          for (String id :
              List.of("page.later", "page.last-short", "page.past-end", "metadata.present")) {
            Coverage.Behaviour behaviour = coverage.behaviour(id).orElseThrow();
            assertThat(behaviour.howToMeet()).as(id).isNull();
            assertThat(behaviour.cannotMeet()).as(id).isNotBlank();
          }
          assertThat(coverage.behaviour("200").orElseThrow().howToMeet()).isNotNull();
        });
  }

  @Test
  void readingTheCoverageRecordsNoCall() {
    withMock(
        MockServer.builder(),
        mock -> {
          mock.coverage().current();
          mock.coverage().current();
          assertThat(mock.coverage().current().coveredIds()).isEmpty();
          assertThat(mock.recentCalls().lastSequence()).isZero();
        });
  }
}
