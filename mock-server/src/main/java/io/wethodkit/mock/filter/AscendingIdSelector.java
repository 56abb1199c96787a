package io.wethodkit.mock.filter;

import io.wethodkit.contract.semantics.ListQuery;
import io.wethodkit.mock.endpoint.Paginator;
import io.wethodkit.mock.endpoint.Selector;
import io.wethodkit.mock.store.Project;
import io.wethodkit.mock.store.ProjectTable;
import io.wethodkit.mock.store.RowMatcher;
import io.wethodkit.mock.store.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Keeps the projects that match, in ascending id order (the order the store holds them in). With
 * the standard paginator and conditions that test segments by column, it finds the page without
 * building the selection: per segment a bitmap of the matching rows, counted to skip the offset.
 */
public final class AscendingIdSelector implements Selector {

  @Override
  public List<Project> select(List<Project> projects, Predicate<Project> keep) {
    List<Project> out = new ArrayList<>(projects.size());
    for (Project project : projects) {
      if (keep.test(project)) {
        out.add(project);
      }
    }
    return out;
  }

  @Override
  public List<Project> page(
      ProjectTable projects,
      List<Predicate<Project>> conditions,
      Paginator paginator,
      ListQuery query) {
    List<RowMatcher> matchers = new ArrayList<>();
    for (Predicate<Project> condition : conditions) {
      if (!(condition instanceof RowMatcher matcher)) {
        return Selector.super.page(projects, conditions, paginator, query);
      }
      matchers.add(matcher);
    }
    if (!(paginator instanceof OffsetLimitPaginator)) {
      return Selector.super.page(projects, conditions, paginator, query);
    }
    return scan(projects, matchers, Math.max(query.offset(), 0), Math.max(query.limit(), 0));
  }

  private static List<Project> scan(
      ProjectTable projects, List<RowMatcher> matchers, long offset, long limit) {
    List<Project> out = new ArrayList<>((int) Math.min(limit, 128));
    if (limit == 0) {
      return out;
    }
    long skip = offset;
    List<Object> keys = new ArrayList<>();
    for (RowMatcher matcher : matchers) {
      keys.add(matcher.key());
    }
    Object query = keys.contains(null) ? null : List.copyOf(keys);
    long[] kept = new long[0];
    long[] one = new long[0];
    for (Segment segment : projects.segments()) {
      Integer known = query == null ? null : segment.knownCount(query);
      if (known != null && skip >= known) {
        skip -= known;
        continue;
      }
      int rows = segment.size();
      int words = Bits.words(rows);
      if (kept.length < words) {
        kept = new long[words];
        one = new long[words];
      }
      java.util.Arrays.fill(kept, 0, words, 0L);
      Bits.setFirst(kept, rows);
      int count = rows;
      for (RowMatcher matcher : matchers) {
        java.util.Arrays.fill(one, 0, words, 0L);
        matcher.match(segment, one);
        count = 0;
        for (int w = 0; w < words; w++) {
          kept[w] &= one[w];
          count += Long.bitCount(kept[w]);
        }
        if (count == 0) {
          break;
        }
      }
      if (query != null) {
        segment.rememberCount(query, count);
      }
      if (skip >= count) {
        skip -= count;
        continue;
      }
      for (int w = 0; w < words; w++) {
        long word = kept[w];
        while (word != 0) {
          int row = (w << 6) + Long.numberOfTrailingZeros(word);
          word &= word - 1;
          if (skip > 0) {
            skip--;
          } else {
            out.add(segment.project(row));
            if (out.size() == limit) {
              return out;
            }
          }
        }
      }
    }
    return out;
  }
}
