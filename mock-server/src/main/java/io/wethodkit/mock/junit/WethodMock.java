package io.wethodkit.mock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the projects mock for a test class: started in-process on a free port before all tests,
 * reset (data, clock and WireMock stubs) before each test, stopped after all. Test methods get it
 * as a {@link io.wethodkit.mock.MockServer} parameter, its admin API as a {@link
 * io.wethodkit.mock.client.MockAdminClient} parameter, its base URL as a {@code String} or {@code
 * URI} parameter annotated {@link MockBaseUrl}, or its coverage as a {@link
 * io.wethodkit.mock.client.MockCoverage} parameter.
 *
 * <p>The coverage adds up over the whole class: each class gets a mock of its own, so it starts
 * with nothing covered, and the reset before each test leaves it as it is (it resets data, clock
 * and stubs only). The tests of {@link org.junit.jupiter.api.Nested} classes add to their enclosing
 * class's coverage, since they share its mock. A test that wants its own coverage calls {@link
 * io.wethodkit.mock.client.MockCoverage#reset()} first. {@link #requireCoverage()} is checked once
 * all tests of the class have run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(WethodMockExtension.class)
public @interface WethodMock {

  /** A fixtures folder (relative to the working directory); empty for the bundled fixtures. */
  String fixtures() default "";

  /** A contract file; empty for the bundled contract. */
  String contract() default "";

  /** An admin token every {@code /__admin} call must send; empty for an open admin API. */
  String adminToken() default "";

  /** Whether WireMock records requests in its journal. */
  boolean journal() default false;

  /**
   * Behaviours of the endpoint (coverage ids, e.g. {@code 412.missing-version} or {@code
   * page.last-short}) that the class's tests, all together, must meet: after all of them, the class
   * fails, naming each one never met with a request that would meet it. An id the contract does not
   * define fails the class before its tests run.
   */
  String[] requireCoverage() default {};
}
