package io.wethodkit.mock.store;

/**
 * A condition on projects that tests a whole {@link Segment} at once from its columns, so that a
 * request over a million projects is a few tight loops rather than a million object visits.
 */
public interface RowMatcher {

  /**
   * Sets in {@code bits} (row {@code r} is bit {@code r % 64} of word {@code r / 64}; the words for
   * the segment's rows are clear on entry) the bit of each row of {@code segment} that matches.
   */
  void match(Segment segment, long[] bits);

  /**
   * A value equal for matchers that match the same rows of any segment, so that a segment can keep
   * the count of its matching rows for the next page of the same query; null when there is none.
   */
  default Object key() {
    return null;
  }
}
