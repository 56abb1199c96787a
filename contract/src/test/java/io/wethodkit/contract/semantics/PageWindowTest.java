package io.wethodkit.contract.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The items a page holds, for every position of the window against the list. */
class PageWindowTest {

  @ParameterizedTest(name = "offset {0} limit {1} of {2}: [{3}, {4})")
  @CsvSource({
    "0, 100, 12, 0, 12",
    "0, 5, 12, 0, 5",
    "5, 5, 12, 5, 10",
    "10, 5, 12, 10, 12",
    "11, 100, 12, 11, 12",
    "12, 5, 12, 12, 12",
    "13, 5, 12, 12, 12",
    "9223372036854775807, 100, 12, 12, 12",
    "9223372036854775807, 9223372036854775807, 12, 12, 12",
    "0, 9223372036854775807, 12, 0, 12",
    "0, 0, 12, 0, 0",
    "0, 5, 0, 0, 0",
  })
  void holdsTheItemsFromTheOffsetUpToTheLimit(long offset, long limit, int size, int from, int to) {
    PageWindow window = new PageWindow(offset, limit);
    List<Integer> items = IntStream.range(0, size).boxed().toList();
    assertThat(window.from(size)).isEqualTo(from);
    assertThat(window.to(size)).isEqualTo(to);
    assertThat(window.size(size)).isEqualTo(to - from);
    assertThat(window.of(items)).isEqualTo(items.subList(from, to));
    for (int position = 0; position < size; position++) {
      assertThat(window.holds(position))
          .as("position %d", position)
          .isEqualTo(position >= from && position < to);
    }
  }
}
