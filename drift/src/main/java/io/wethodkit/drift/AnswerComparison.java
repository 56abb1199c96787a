package io.wethodkit.drift;

import io.wethodkit.conformance.checks.ProjectIds;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Compares the target's answer with the mock's: the status; the media type; for a 200 the ids (in
 * order when the target's order is the mock's, as sets otherwise, and a page of an unknown order
 * only by its size and by holding projects that belong); for an error its key and failure fields.
 */
final class AnswerComparison {

  private final boolean orderKnown;

  AnswerComparison(boolean orderKnown) {
    this.orderKnown = orderKnown;
  }

  /**
   * @param window whether the answer is a window of a longer list (a limit or offset was given, or
   *     the page is full)
   * @param mockWhole the ids of the mock's whole list for the request without its window
   */
  Optional<Mismatch> compare(
      Observation target, Observation mock, boolean window, Supplier<Set<String>> mockWhole) {
    if (target.status() != mock.status()) {
      String said = target.answered() ? String.valueOf(target.status()) : "no answer";
      return Optional.of(
          Mismatch.of(
              Mismatch.Kind.STATUS, "the target answered " + said + ", the mock " + mock.status()));
    }
    if (!Objects.equals(target.mediaType(), mock.mediaType())) {
      return Optional.of(
          Mismatch.of(
              Mismatch.Kind.CONTENT_TYPE,
              "Content-Type '" + target.mediaType() + "', the mock's '" + mock.mediaType() + "'"));
    }
    if (mock.status() == 200) {
      return compareIds(target, mock, window, mockWhole);
    }
    if (!Objects.equals(target.errorKey(), mock.errorKey())) {
      return Optional.of(
          Mismatch.of(
              Mismatch.Kind.KEY,
              "error key "
                  + target.errorKey().orElse("(none)")
                  + ", the mock's "
                  + mock.errorKey().orElse("(none)")));
    }
    if (!target.failureFields().equals(mock.failureFields())) {
      return Optional.of(
          Mismatch.of(
              Mismatch.Kind.FAILURES,
              "failures for "
                  + target.failureFields()
                  + ", the mock's for "
                  + mock.failureFields()));
    }
    return Optional.empty();
  }

  private Optional<Mismatch> compareIds(
      Observation target, Observation mock, boolean window, Supplier<Set<String>> mockWhole) {
    if (!target.isList()) {
      return Optional.of(Mismatch.of(Mismatch.Kind.IDS, "the body is not a JSON array"));
    }
    List<String> got = target.ids();
    List<String> expected = mock.ids();
    Set<String> gotSet = new LinkedHashSet<>(got);
    boolean duplicates = gotSet.size() != got.size();
    if (orderKnown || !window) {
      if (orderKnown
          ? got.equals(expected)
          : (!duplicates && gotSet.equals(new HashSet<>(expected)))) {
        return Optional.empty();
      }
      Set<String> extra = minus(gotSet, expected);
      Set<String> missing = minus(new LinkedHashSet<>(expected), got);
      if (extra.isEmpty() && missing.isEmpty() && !duplicates) {
        return Optional.of(
            Mismatch.of(Mismatch.Kind.ORDER, "the same projects in another order than the mock's"));
      }
      return Optional.of(
          new Mismatch(
              Mismatch.Kind.IDS,
              ProjectIds.count(got.size())
                  + " where the mock has "
                  + expected.size()
                  + (extra.isEmpty()
                      ? ""
                      : "; not in the mock's answer: " + ProjectIds.describe(extra))
                  + (missing.isEmpty() ? "" : "; missing: " + ProjectIds.describe(missing))
                  + (duplicates ? "; some twice" : ""),
              extra,
              missing));
    }
    Set<String> foreign = minus(gotSet, mockWhole.get());
    if (got.size() != expected.size() || duplicates || !foreign.isEmpty()) {
      return Optional.of(
          new Mismatch(
              Mismatch.Kind.PAGE,
              "a page of "
                  + ProjectIds.count(got.size())
                  + " where the mock's holds "
                  + expected.size()
                  + (foreign.isEmpty()
                      ? ""
                      : "; not in the mock's list: " + ProjectIds.describe(foreign))
                  + (duplicates ? "; some twice" : ""),
              foreign,
              Set.of()));
    }
    return Optional.empty();
  }

  private static Set<String> minus(Set<String> from, java.util.Collection<String> take) {
    Set<String> rest = new LinkedHashSet<>(from);
    take.forEach(rest::remove);
    return rest;
  }
}
