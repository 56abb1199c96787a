package io.wethodkit.mock.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.mock.generate.DatasetGenerator;
import io.wethodkit.mock.generate.GeneratorSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Packed rows unpack to the very bytes they were packed from, whatever their names and values. */
class RowCodecTest {

  private static final Contract CONTRACT = Contract.bundled();

  @Test
  void projectsUnpackToTheirBytesWithTheLayoutsCodecAndWithTheirOwn() {
    Dataset bundled = new FixtureLoader(CONTRACT).loadBundled();
    List<Project> projects = new ArrayList<>(bundled.projects("acme"));
    projects.addAll(
        new DatasetGenerator(CONTRACT)
            .generate(new GeneratorSpec(500, 3), bundled)
            .projects("globex"));
    RowCodec layout =
        new ProjectRules(CONTRACT).layout(bundled.company("acme").orElseThrow()).codec();
    for (RowCodec codec : List.of(layout, RowCodec.ofRows(projects), RowCodec.of(List.of()))) {
      for (Project project : projects) {
        assertRoundTrip(codec, project);
      }
    }
  }

  @Test
  void oddNamesAndValuesUnpackToTheirBytes() {
    ObjectNode odd = Json.object();
    odd.put("id", 1);
    odd.put("a\"b", "x,y}{");
    odd.put("caf\u00e9", "\u00e9\ud83d\ude00");
    odd.put("ctl\u0001", "tab\there");
    odd.putObject("nested").put("k", "v").putArray("list").add(1).add("]");
    odd.putArray("empty");
    odd.putNull("nothing");
    odd.put("", "empty name");
    List<Project> rows = List.of(Project.of(odd), Project.of(Json.object().put("id", 2)));
    for (RowCodec codec :
        List.of(
            RowCodec.ofRows(rows),
            RowCodec.of(List.of("nested", "caf\u00e9", "a\"b")),
            RowCodec.of(List.of()))) {
      rows.forEach(row -> assertRoundTrip(codec, row));
    }
  }

  @Test
  void namesPastTheCodesGoInFullAndAnEmptyObjectIsEmpty() {
    ObjectNode wide = Json.object().put("id", 3);
    IntStream.range(0, 40).forEach(i -> wide.put("field_" + i, i));
    Project project = Project.of(wide);
    RowCodec codec = RowCodec.ofRows(List.of(project));
    assertThat(codec.size()).isEqualTo(RowCodec.LITERAL);
    assertRoundTrip(codec, project);

    RowBytes.Packed empty = new RowBytes.Packed(4);
    RowCodec.of(List.of()).pack("{}".getBytes(), 0, 2, empty);
    assertThat(empty.size).isZero();
    byte[] out = new byte[2];
    assertThat(RowCodec.of(List.of()).unpack(empty.bytes, 0, 0, out, 0)).isEqualTo(2);
    assertThat(new String(out)).isEqualTo("{}");
  }

  private static void assertRoundTrip(RowCodec codec, Project project) {
    byte[] json = project.jsonBytes();
    RowBytes.Packed packed = new RowBytes.Packed(16);
    project.pack(codec, packed);
    assertThat(packed.size).isLessThanOrEqualTo(json.length);
    int length = codec.unpackedLength(packed.bytes, 0, packed.size);
    byte[] out = new byte[length + 3];
    int end = codec.unpack(packed.bytes, 0, packed.size, out, 3);
    assertThat(end - 3).isEqualTo(length);
    assertThat(new String(out, 3, length, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(project.toString());
  }
}
