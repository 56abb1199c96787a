package io.wethodkit.drift;

import java.util.Set;

/**
 * How the target's answer to one request differs from the mock's.
 *
 * @param kind what differs
 * @param detail one sentence for reports
 * @param extra for ids, those the target sent and the mock did not
 * @param missing for ids, those the mock sent and the target did not
 */
public record Mismatch(Kind kind, String detail, Set<String> extra, Set<String> missing) {

  public Mismatch {
    extra = Set.copyOf(extra);
    missing = Set.copyOf(missing);
  }

  static Mismatch of(Kind kind, String detail) {
    return new Mismatch(kind, detail, Set.of(), Set.of());
  }

  /** What can differ, in the order it is looked at. */
  public enum Kind {
    STATUS,
    CONTENT_TYPE,
    /** Different projects (compared as sets, or as sequences when the order is known). */
    IDS,
    /** The same projects in another order, where the order is known. */
    ORDER,
    /** A page of the wrong size or holding projects that do not belong, where order is unknown. */
    PAGE,
    KEY,
    FAILURES
  }

  /**
   * Whether {@code smaller}, the mismatch of a reduced request, still shows this one: the same kind
   * and, for ids, at least the same wrong projects.
   */
  boolean shownBy(Mismatch smaller) {
    if (smaller.kind != kind) {
      return false;
    }
    if (kind == Kind.IDS) {
      return smaller.extra.containsAll(extra) && smaller.missing.containsAll(missing);
    }
    return true;
  }
}
