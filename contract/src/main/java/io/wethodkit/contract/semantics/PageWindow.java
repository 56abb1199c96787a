package io.wethodkit.contract.semantics;

import java.util.List;

/**
 * The items a page holds: {@code offset} items skipped, then at most {@code limit} taken, after
 * filtering and scoping (Interpretation 7); an offset past the end is an empty page.
 */
public record PageWindow(long offset, long limit) {

  /** The index of the page's first item in a list of {@code size}. */
  public int from(int size) {
    return (int) Math.min(Math.max(offset, 0), size);
  }

  /** The index after the page's last item in a list of {@code size}. */
  public int to(int size) {
    int from = from(size);
    return from + (int) Math.min(size - from, Math.max(limit, 0));
  }

  /** How many items the page of a list of {@code size} holds. */
  public int size(int size) {
    return to(size) - from(size);
  }

  /** The page of {@code items}: a view, not a copy. */
  public <T> List<T> of(List<T> items) {
    return items.subList(from(items.size()), to(items.size()));
  }

  /** Whether the item at {@code position} of the list is on the page. */
  public boolean holds(long position) {
    return position >= Math.max(offset, 0) && position - Math.max(offset, 0) < Math.max(limit, 0);
  }
}
