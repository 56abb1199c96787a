package io.wethodkit.mock.filter;

import io.wethodkit.mock.store.Project;
import io.wethodkit.mock.store.RowMatcher;
import io.wethodkit.mock.store.Segment;
import java.util.function.Predicate;

/** Every project, or none. */
public final class AllRows implements Predicate<Project>, RowMatcher {

  public static final AllRows ALL = new AllRows(true);
  public static final AllRows NONE = new AllRows(false);

  private final boolean all;

  private AllRows(boolean all) {
    this.all = all;
  }

  @Override
  public Object key() {
    return this;
  }

  @Override
  public boolean test(Project project) {
    return all;
  }

  @Override
  public void match(Segment segment, long[] bits) {
    if (all) {
      Bits.setFirst(bits, segment.size());
    }
  }
}
