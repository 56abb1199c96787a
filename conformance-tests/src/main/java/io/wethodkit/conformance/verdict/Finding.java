package io.wethodkit.conformance.verdict;

import java.util.Objects;

/**
 * One thing a check found the target doing wrong: the requirement it breaks and what shows it.
 *
 * @param requirement the id of the requirement the target breaks, e.g. {@code PRJ-OFFSET}
 * @param evidence the request and answer (or the expectation) that show it
 */
public record Finding(String requirement, Evidence evidence) {

  public Finding {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(evidence, "evidence");
  }
}
