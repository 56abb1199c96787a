package io.wethodkit.mock.client;

/**
 * The coverage of a running mock, read anew on each {@link #current()}: what the mock's JUnit 5
 * extension hands to a test, so that an assertion made after the test's calls sees them.
 */
public interface MockCoverage {

  /** The coverage as it is now. */
  Coverage current();

  /** Forgets every call met so far: every behaviour is not covered again. */
  void reset();
}
