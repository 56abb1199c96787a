package io.wethodkit.mock.endpoint;

import static io.wethodkit.mock.support.EndpointCalls.ids;
import static io.wethodkit.mock.support.EndpointCalls.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.DeletionScope;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.Visibility;
import io.wethodkit.mock.StandardParts;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.FixtureLoader;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.store.MockClock;
import io.wethodkit.mock.store.MockState;
import io.wethodkit.mock.store.Project;
import io.wethodkit.mock.store.ProjectTable;
import io.wethodkit.mock.support.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every answer carries its trace: the check that refused it and why, or the selection it was served
 * from, with the facts of the answer; the per-project reasons are worked out from the same
 * selection only when asked.
 */
class TraceTest {

  private static final Contract CONTRACT = Contract.bundled();
  private static final Dataset DATA = new FixtureLoader(CONTRACT).load(TestData.dir());

  private final List<Trace> traces = new ArrayList<>();

  private ProjectsEndpoint endpoint(EndpointParts parts) {
    return new ProjectsEndpoint(
        parts, new MockState(DATA, new MockClock()), (trace, answer, nanos) -> traces.add(trace));
  }

  private ProjectsEndpoint endpoint() {
    return endpoint(StandardParts.of(CONTRACT));
  }

  @ParameterizedTest(name = "{0} {1} ?{2}: {3} by {4}")
  @CsvSource(
      nullValues = "NULL",
      value = {
        "NULL, acme, '', 401, authentication, missing-authorization, ''",
        "tok-nobody, acme, '', 401, authentication, unknown-token, ''",
        "tok-both, NULL, '', 412, preconditions, missing-company, ''",
        "tok-both, globex, '', 403, access, no-company-access, ''",
        "tok-none, acme, '', 403, access, no-permission, ''",
        "tok-both, acme, limit=0&probability=x, 400, validation, invalid-data, probability limit",
      })
  void aRefusalNamesTheCheckThatMadeItAndItsCause(
      String token,
      String company,
      String query,
      int status,
      String check,
      String cause,
      String fields) {
    Answer answer = endpoint().handle(request(token, company, query));
    Trace trace = traces.get(0);
    assertThat(answer.status()).isEqualTo(status);
    assertThat(trace.status()).isEqualTo(status);
    assertThat(trace.refusedBy()).contains(check);
    assertThat(trace.selection()).isEmpty();
    AnswerFacts facts = trace.facts();
    assertThat(facts.status()).isEqualTo(status);
    assertThat(facts.cause()).isEqualTo(cause);
    assertThat(facts.refusedBy()).isEqualTo(check);
    assertThat(String.join(" ", facts.invalidParameters())).isEqualTo(fields);
    assertThat(facts.filters()).isEmpty();
    assertThat(facts.deletion()).isNull();
    assertThat(facts.scope()).isEmpty();
  }

  @Test
  void aListNamesItsFiltersDeletionScopePageAndPermissionScope() {
    Answer answer =
        endpoint()
            .handle(
                request(
                    "tok-view",
                    "acme",
                    "probability=gt:40&date_start=gt:2000-01-01&deleted=include&limit=2&offset=1"));
    AnswerFacts facts = traces.get(0).facts();
    assertThat(facts.status()).isEqualTo(200);
    assertThat(facts.cause()).isNull();
    assertThat(facts.scope()).isEqualTo(Set.of(Visibility.OWN));
    assertThat(facts.filters())
        .containsExactly(
            new AnswerFacts.FilterUse("probability", FilterOperator.GT),
            new AnswerFacts.FilterUse("date_start", FilterOperator.GT));
    assertThat(facts.deletion()).isEqualTo(DeletionScope.ALL);
    assertThat(facts.deletionGiven()).isTrue();
    assertThat(facts.limit()).isEqualTo(2);
    assertThat(facts.limitGiven()).isTrue();
    assertThat(facts.defaultLimit()).isFalse();
    assertThat(facts.offset()).isEqualTo(1);
    assertThat(facts.laterPage()).isTrue();
    assertThat(facts.listed()).isEqualTo(ids(answer).size()).isPositive();
    assertThat(facts.maxLimit()).isFalse();
  }

  @Test
  void thePageSituationsAreTold() {
    ProjectsEndpoint endpoint = endpoint();
    endpoint.handle(request("tok-both", "acme", ""));
    endpoint.handle(request("tok-both", "acme", "offset=500"));
    endpoint.handle(request("tok-both", "acme", "limit=100&offset=7"));
    endpoint.handle(request("tok-both", "acme", "limit=4"));

    AnswerFacts plain = traces.get(0).facts();
    assertThat(plain.defaultLimit()).isTrue();
    assertThat(plain.deletion()).isEqualTo(DeletionScope.ACTIVE);
    assertThat(plain.deletionGiven()).isFalse();
    assertThat(plain.laterPage()).isFalse();
    assertThat(plain.shortPage()).as("all 9 active projects on one page of 100").isTrue();
    assertThat(plain.pastEnd()).isFalse();

    AnswerFacts pastEnd = traces.get(1).facts();
    assertThat(pastEnd.listed()).isZero();
    assertThat(pastEnd.pastEnd()).isTrue();
    assertThat(pastEnd.shortPage()).isFalse();

    AnswerFacts lastAtMax = traces.get(2).facts();
    assertThat(lastAtMax.maxLimit()).isTrue();
    assertThat(lastAtMax.laterPage()).isTrue();
    assertThat(lastAtMax.listed()).isEqualTo(2);
    assertThat(lastAtMax.shortPage()).isTrue();

    AnswerFacts full = traces.get(3).facts();
    assertThat(full.listed()).isEqualTo(4);
    assertThat(full.shortPage()).isFalse();
    assertThat(full.maxLimit()).isFalse();
  }

  @ParameterizedTest(name = "?{0}: metadata shown {1}")
  @CsvSource({"probability=51, false", "probability=49, true", "probability=gt:95, false"})
  void tellsWhetherThePageShowsMetadata(String query, boolean shown) {
    Answer answer = endpoint().handle(request("tok-both", "acme", query));
    boolean inAnswer = false;
    for (JsonNode project : Json.parse(answer.body(), "answer")) {
      for (var names = project.fieldNames(); names.hasNext(); ) {
        inAnswer |= names.next().startsWith("metadata_");
      }
    }
    assertThat(inAnswer).isEqualTo(shown);
    assertThat(traces.get(0).facts().metadataShown()).isEqualTo(shown);
  }

  @Test
  void theReasonsAreWorkedOutOnlyWhenAskedFromTheSelectionServed() {
    AtomicInteger selections = new AtomicInteger();
    EndpointParts standard = StandardParts.of(CONTRACT);
    Selector counting =
        new Selector() {
          @Override
          public List<Project> select(List<Project> projects, Predicate<Project> keep) {
            selections.incrementAndGet();
            return standard.selector().select(projects, keep);
          }

          @Override
          public List<Project> page(
              ProjectTable projects,
              List<Predicate<Project>> conditions,
              Paginator paginator,
              io.wethodkit.contract.semantics.ListQuery query) {
            return standard.selector().page(projects, conditions, paginator, query);
          }
        };
    ProjectsEndpoint endpoint = endpoint(standard.toBuilder().selector(counting).build());
    String query = "probability=gt:40&deleted=include&limit=3&offset=1";
    Answer answer = endpoint.handle(request("tok-view", "acme", query));
    assertThat(selections.get()).as("serving selects the page only").isZero();

    Selection selection = traces.get(0).selection().orElseThrow();
    assertThat(selection.page()).extracting(Project::id).isEqualTo(ids(answer));
    Selection.Reasons reasons = selection.reasons();
    assertThat(selections.get()).isEqualTo(1);
    List<Long> listed = new ArrayList<>();
    int visibleAndKept = 0;
    for (Selection.ProjectReasons why : reasons.projects()) {
      long probability = why.project().field("probability").asLong();
      long pm = why.project().field("pm_id").asLong();
      long account = why.project().field("account_id").asLong();
      assertThat(why.visible())
          .as("visible %d", why.project().id())
          .isEqualTo(pm == 11 || account == 11);
      assertThat(why.keptByDeletion()).isTrue();
      assertThat(why.filters()).containsExactly(probability > 40);
      boolean selected = why.visible() && probability > 40;
      assertThat(why.selectedAt() >= 0).isEqualTo(selected);
      visibleAndKept += selected ? 1 : 0;
      if (why.listed()) {
        listed.add(why.project().id());
      }
    }
    assertThat(reasons.selected()).isEqualTo(visibleAndKept);
    assertThat(listed).isEqualTo(ids(answer));
  }

  @Test
  void explainingServesAsHandlingDoesWithoutTellingTheListener() {
    ProjectsEndpoint endpoint = endpoint();
    Trace explained = endpoint.explain(request("tok-both", "acme", "deleted=only"));
    assertThat(traces).isEmpty();
    Answer answer = endpoint.handle(request("tok-both", "acme", "deleted=only"));
    assertThat(explained.selection().orElseThrow().page())
        .extracting(Project::id)
        .isEqualTo(ids(answer));
    assertThat(explained.identity().orElseThrow().name()).isEqualTo("both");
  }

  @Test
  void aFailureOfTheMockIsTracedAsIts500() {
    ProjectsEndpoint endpoint =
        endpoint(
            StandardParts.of(CONTRACT).toBuilder()
                .renderer(
                    (page, grant) -> {
                      throw new IllegalStateException("broken renderer");
                    })
                .build());
    java.util.logging.Logger log =
        java.util.logging.Logger.getLogger(ProjectsEndpoint.class.getName());
    java.util.logging.Level before = log.getLevel();
    log.setLevel(java.util.logging.Level.OFF);
    try {
      Answer answer = endpoint.handle(request("tok-both", "acme", ""));
      assertThat(answer.status()).isEqualTo(500);
    } finally {
      log.setLevel(before);
    }
    Trace trace = traces.get(0);
    assertThat(trace.status()).isEqualTo(500);
    assertThat(trace.refusedBy()).isEmpty();
    assertThat(trace.facts().cause()).isEqualTo(ProjectsEndpoint.INTERNAL_ERROR);
  }
}
