package io.wethodkit.mock.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The segmented store holds exactly what a plain sorted map of the same writes holds: every
 * project's bytes and every column value, through inserts, replacements, removals and segment
 * splits; and a replacement copies only what it changes.
 */
class ProjectTableTest {

  private static final String[] NAMES = {"Alpha", "Beta", "Gamma è", "Δelta \"quoted\"", ""};

  @Test
  void randomWritesLeaveWhatAPlainSortedMapHolds() {
    Random random = new Random(7);
    TreeMap<Long, ObjectNode> model = new TreeMap<>();
    List<Project> initial = new ArrayList<>();
    for (long id = 10; id <= 30_000; id += 10) {
      ObjectNode node = project(random, id);
      model.put(id, node);
      initial.add(Project.of(node));
    }
    ProjectTable table = ProjectTable.of(initial);
    for (int write = 0; write < 8000; write++) {
      int kind = random.nextInt(10);
      if (kind < 6) { // replace an existing one
        long id = 10L * (1 + random.nextInt(3000));
        ObjectNode node = project(random, id);
        model.put(id, node);
        table = table.with(Project.of(node));
      } else if (kind < 9) { // insert, often into one region so that a segment splits
        long id = random.nextInt(4) > 0 ? 2000 + random.nextInt(7000) : 1 + random.nextInt(40_000);
        ObjectNode node = project(random, id);
        model.put(id, node);
        table = table.with(Project.of(node));
      } else { // remove
        long id = 1 + random.nextInt(40_000);
        model.remove(id);
        table = table.without(id);
      }
    }
    assertThat(table.segments().size()).isGreaterThan(ProjectTable.of(initial).segments().size());
    assertThat(table.size()).isEqualTo(model.size());
    List<Long> ids = new ArrayList<>();
    for (Segment segment : table.segments()) {
      for (int row = 0; row < segment.size(); row++) {
        Project project = segment.project(row);
        ids.add(project.id());
        assertThat(project.toString()).isEqualTo(model.get(project.id()).toString());
        assertThat(table.find(project.id())).contains(project);
        int at = row;
        ProjectScalars.read(
            project,
            (name, scalar) ->
                assertThat(segment.column(name).holds(at, scalar))
                    .as("column %s of project %d", name, project.id())
                    .isTrue());
      }
    }
    assertThat(ids).containsExactlyElementsOf(model.keySet());
    assertThat(table.asList()).extracting(Project::id).containsExactlyElementsOf(model.keySet());
  }

  @Test
  void aReplacementSharesTheColumnsItDoesNotChange() {
    Random random = new Random(11);
    List<Project> projects = new ArrayList<>();
    for (long id = 1; id <= 2000; id++) {
      projects.add(Project.of(project(random, id)));
    }
    ProjectTable before = ProjectTable.of(projects);
    ObjectNode changed = before.find(700).orElseThrow().json();
    changed.put("probability", changed.path("probability").asInt() + 1);
    ProjectTable after = before.with(Project.of(changed));

    Segment old = segmentOf(before, 700);
    Segment now = segmentOf(after, 700);
    assertThat(now).isNotSameAs(old);
    assertThat(now.column("probability")).isNotSameAs(old.column("probability"));
    for (String unchanged : List.of("id", "name", "pm_id", "updated_at")) {
      assertThat(now.column(unchanged)).as(unchanged).isSameAs(old.column(unchanged));
    }
    assertThat(after.segments().stream().filter(s -> s != now))
        .as("the other segments")
        .allSatisfy(s -> assertThat(before.segments()).contains(s));
    assertThat(after.find(700).orElseThrow().toString()).isEqualTo(changed.toString());
    assertThat(after.find(699)).isEqualTo(before.find(699));
  }

  @Test
  void aBuiltTableHoldsTheProjectsOfItsIds() {
    ProjectTable table =
        ProjectTable.build(
            101, 2500, id -> Project.of(Json.object().put("id", id).put("name", "p" + id)));
    assertThat(table.size()).isEqualTo(2500);
    assertThat(table.firstId()).isEqualTo(101);
    assertThat(table.lastId()).isEqualTo(2600);
    assertThat(table.find(1234).orElseThrow().field("name").asText()).isEqualTo("p1234");
    assertThatThrownBy(
            () -> ProjectTable.build(1, 10, id -> Project.of(Json.object().put("id", id + 1))))
        .hasMessageContaining("the project for id 1 has the id 2");
  }

  @Test
  void datasetsOfBuiltTablesRefuseAnIdInTwoCompanies() {
    Company acme = new Company("acme", "Acme", List.of());
    Company beta = new Company("beta", "Beta", List.of());
    ProjectTable first = ProjectTable.build(1, 100, ProjectTableTest::bare);
    Dataset data =
        Dataset.ofTables(
            List.of(acme, beta),
            Map.of("acme", first, "beta", ProjectTable.build(101, 5, ProjectTableTest::bare)),
            List.of());
    assertThat(data.projectCount()).isEqualTo(105);
    assertThat(data.companyOfProject(103)).contains("beta");
    assertThatThrownBy(
            () ->
                Dataset.ofTables(
                    List.of(acme, beta),
                    Map.of(
                        "acme", first, "beta", ProjectTable.build(100, 5, ProjectTableTest::bare)),
                    List.of()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("the project id 100 is used twice (also in ");
    // Interleaved ids are fine as long as none is in both companies.
    Dataset interleaved =
        Dataset.ofTables(
            List.of(acme, beta),
            Map.of(
                "acme", ProjectTable.of(List.of(bare(1), bare(3), bare(5))),
                "beta", ProjectTable.of(List.of(bare(2), bare(4)))),
            List.of());
    assertThat(interleaved.companyOfProject(4)).contains("beta");
    assertThatThrownBy(() -> Dataset.ofTables(List.of(acme), Map.of("gamma", first), List.of()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("gamma");
  }

  @Test
  void aDatasetOfListsRefusesAnIdUsedTwiceInOneCompanyOrInTwo() {
    Company acme = new Company("acme", "Acme", List.of());
    Company beta = new Company("beta", "Beta", List.of());
    assertThatThrownBy(
            () ->
                new Dataset(
                    List.of(acme), Map.of("acme", List.of(bare(3), bare(1), bare(3))), List.of()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("projects/acme: the project id 3 is used twice (also in acme)");
    assertThatThrownBy(
            () ->
                new Dataset(
                    List.of(acme, beta),
                    new java.util.LinkedHashMap<>(
                        Map.of("acme", List.of(bare(1), bare(7)), "beta", List.of(bare(7)))),
                    List.of()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("the project id 7 is used twice (also in ");
    Dataset fine =
        new Dataset(
            List.of(acme, beta),
            Map.of("acme", List.of(bare(5), bare(1)), "beta", List.of(bare(2))),
            List.of());
    assertThat(fine.projects("acme")).extracting(Project::id).containsExactly(1L, 5L);
  }

  private static Project bare(long id) {
    return Project.of(Json.object().put("id", id));
  }

  private static Segment segmentOf(ProjectTable table, long id) {
    return table.segments().stream().filter(s -> s.indexOf(id) >= 0).findFirst().orElseThrow();
  }

  private static ObjectNode project(Random random, long id) {
    ObjectNode node = Json.object().put("id", id);
    node.put("name", NAMES[random.nextInt(NAMES.length)] + " ".repeat(random.nextInt(200)));
    if (random.nextBoolean()) {
      node.put("probability", random.nextInt(101));
    } else {
      node.putNull("probability");
    }
    node.put("pm_id", 10 + random.nextInt(5));
    node.put("updated_at", "2024-06-30T21:59:59.999Z");
    if (random.nextInt(4) == 0) {
      node.put("value", random.nextDouble());
    }
    return node;
  }
}
