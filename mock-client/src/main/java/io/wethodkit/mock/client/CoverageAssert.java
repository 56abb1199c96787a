package io.wethodkit.mock.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Assertions on a mock's {@link Coverage}, in the style of AssertJ: a failure is an {@link
 * AssertionError} that names each behaviour at fault with what it means and, for one never met, a
 * request that would meet it on the mock's current data.
 *
 * <pre>{@code
 * import static io.wethodkit.mock.client.CoverageAssert.assertThat;
 *
 * assertThat(coverage).covers("412.missing-version", "page.last-short");
 * assertThat(coverage).hasNotCovered("deleted.only");
 * }</pre>
 *
 * Needs nothing but this client: it works with AssertJ's own {@code assertThat} imported beside it.
 */
public final class CoverageAssert {

  private final Coverage actual;
  private final String description;

  private CoverageAssert(Coverage actual, String description) {
    this.actual = Objects.requireNonNull(actual, "the coverage to check");
    this.description = description;
  }

  /** Assertions on a coverage read earlier ({@link MockAdminClient#coverage()}). */
  public static CoverageAssert assertThat(Coverage actual) {
    return new CoverageAssert(actual, null);
  }

  /** Assertions on a mock's coverage as it is now (what {@code @WethodMock} injects). */
  public static CoverageAssert assertThat(MockCoverage actual) {
    return new CoverageAssert(
        Objects.requireNonNull(actual, "the coverage to check").current(), null);
  }

  /** The same assertions, their failures starting with {@code text}. */
  public CoverageAssert as(String text) {
    return new CoverageAssert(actual, text);
  }

  /** The coverage checked. */
  public Coverage actual() {
    return actual;
  }

  /** Every behaviour of {@code ids} was met. */
  public CoverageAssert covers(String... ids) {
    return coversAll(Arrays.asList(ids));
  }

  /** Every behaviour of {@code ids} was met. */
  public CoverageAssert coversAll(Iterable<String> ids) {
    List<Coverage.Behaviour> never = new ArrayList<>();
    for (Coverage.Behaviour behaviour : known(ids)) {
      if (!behaviour.covered()) {
        never.add(behaviour);
      }
    }
    if (!never.isEmpty()) {
      fail(
          "Expected the mock's clients to have met every behaviour named, but "
              + plural(never.size(), "behaviour")
              + " never met:"
              + unmet(never));
    }
    return this;
  }

  /** Every behaviour the contract defines was met. */
  public CoverageAssert coversEveryBehaviour() {
    return coversAll(actual.ids());
  }

  /** The behaviours of {@code ids} were met, and no other. */
  public CoverageAssert coversExactly(String... ids) {
    Set<String> expected = new LinkedHashSet<>();
    known(Arrays.asList(ids)).forEach(b -> expected.add(b.id()));
    List<Coverage.Behaviour> never = new ArrayList<>();
    List<Coverage.Behaviour> unexpected = new ArrayList<>();
    for (Coverage.Behaviour behaviour : actual.behaviours()) {
      boolean wanted = expected.contains(behaviour.id());
      if (wanted && !behaviour.covered()) {
        never.add(behaviour);
      } else if (!wanted && behaviour.covered()) {
        unexpected.add(behaviour);
      }
    }
    if (!never.isEmpty() || !unexpected.isEmpty()) {
      StringBuilder message =
          new StringBuilder("Expected the mock's clients to have met exactly ")
              .append(expected)
              .append('.');
      if (!never.isEmpty()) {
        message.append("\nNever met:").append(unmet(never));
      }
      if (!unexpected.isEmpty()) {
        message.append("\nMet but not expected:").append(met(unexpected));
      }
      fail(message.toString());
    }
    return this;
  }

  /** No behaviour was met. */
  public CoverageAssert coversNothing() {
    List<Coverage.Behaviour> met = actual.covered();
    if (!met.isEmpty()) {
      fail(
          "Expected no behaviour met, but " + plural(met.size(), "behaviour") + " met:" + met(met));
    }
    return this;
  }

  /** None of the behaviours of {@code ids} was met. */
  public CoverageAssert hasNotCovered(String... ids) {
    List<Coverage.Behaviour> met = new ArrayList<>();
    for (Coverage.Behaviour behaviour : known(Arrays.asList(ids))) {
      if (behaviour.covered()) {
        met.add(behaviour);
      }
    }
    if (!met.isEmpty()) {
      fail("Expected these behaviours never met, but they were:" + met(met));
    }
    return this;
  }

  /** At least {@code count} behaviours were met. */
  public CoverageAssert coversAtLeast(int count) {
    if (actual.summary().covered() < count) {
      fail(
          "Expected at least "
              + plural(count, "behaviour")
              + " met, but "
              + actual.summary().covered()
              + " of "
              + actual.summary().total()
              + " are; never met:"
              + unmet(actual.notCovered()));
    }
    return this;
  }

  private List<Coverage.Behaviour> known(Iterable<String> ids) {
    List<Coverage.Behaviour> found = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String id : ids) {
      actual.behaviour(id).ifPresentOrElse(found::add, () -> unknown.add(id));
    }
    if (!unknown.isEmpty()) {
      fail(
          "The contract defines no behaviour "
              + String.join(", ", unknown)
              + "; it defines: "
              + String.join(", ", actual.ids()));
    }
    return found;
  }

  private static String unmet(List<Coverage.Behaviour> behaviours) {
    StringBuilder out = new StringBuilder();
    for (Coverage.Behaviour behaviour : behaviours) {
      out.append("\n  ")
          .append(behaviour.id())
          .append(" (")
          .append(behaviour.description())
          .append(")\n      ")
          .append(behaviour.howToMeet() != null ? "meet it with: " : "")
          .append(behaviour.howToMeetText());
    }
    return out.toString();
  }

  private static String met(List<Coverage.Behaviour> behaviours) {
    StringBuilder out = new StringBuilder();
    for (Coverage.Behaviour behaviour : behaviours) {
      out.append("\n  ")
          .append(behaviour.id())
          .append(" (")
          .append(behaviour.calls())
          .append(behaviour.calls() == 1 ? " call" : " calls")
          .append(behaviour.example() == null ? "" : ", first " + behaviour.example().describe())
          .append(')');
    }
    return out.toString();
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private void fail(String message) {
    throw new AssertionError(description == null ? message : "[" + description + "] " + message);
  }
}
