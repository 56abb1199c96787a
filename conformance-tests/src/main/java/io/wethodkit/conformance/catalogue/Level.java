package io.wethodkit.conformance.catalogue;

/** How binding a requirement is: what the reference page states, or what the contract adds. */
public enum Level {
  /** The reference page states it: a failure means the implementation does not conform. */
  MUST,
  /** One of the contract's Interpretations: a failure is reported but does not fail the run. */
  SHOULD
}
